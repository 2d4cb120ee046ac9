/**
 * Mutation fuzzing of every reader: {@link org.turnscript.fuzz.Mutator} derives hostile inputs from the fixture
 * suites, {@link org.turnscript.fuzz.FuzzTarget} runs one through every path a command takes (read, export and
 * read back, keep cues, lint, info) and says how it ended. {@code ReadersFuzzTest} runs a bounded number in the
 * normal suite; {@code org.turnscript.bench.ReadersFuzz} runs 100,000 per family (bench/fuzz-readers.sh).
 */
package org.turnscript.fuzz;
