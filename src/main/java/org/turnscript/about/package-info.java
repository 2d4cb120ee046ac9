/**
 * What this build is and what it carries: the version and commit it was built from, and the third-party notices.
 * Pure Java, read by the command line's {@code --version} and the editor's Help ▸ About alike, so both say the same.
 */
package org.turnscript.about;
