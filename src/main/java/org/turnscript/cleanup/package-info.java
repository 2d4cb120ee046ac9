/**
 * Cleanup rules: one class per rule, each a named pure function from a transcript to a cleaned transcript
 * whose dropped words stay in the model, flagged. Pure Java.
 */
package org.turnscript.cleanup;
