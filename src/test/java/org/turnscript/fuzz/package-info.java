/**
 * Mutation fuzzing of every reader: {@link org.turnscript.fuzz.Mutator} derives hostile inputs from the fixture
 * suites and {@link org.turnscript.fuzz.JsonTreeMutator} edits real JSON documents as trees;
 * {@link org.turnscript.fuzz.FuzzInputs} makes each input from the run's seed and its index alone, so runs can be
 * sharded, resumed and replayed; {@link org.turnscript.fuzz.FuzzTarget} runs one input through every path a
 * command takes (read, export and read back, keep cues, lint, info) and says how it ended.
 * {@code ReadersFuzzTest} runs a bounded number in the normal suite; {@code org.turnscript.bench.ReadersFuzz} runs
 * 100,000 per family (bench/fuzz-readers.sh).
 */
package org.turnscript.fuzz;
