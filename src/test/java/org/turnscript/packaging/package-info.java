/** Checks on what the build packages: the portable jar, the app image and the Linux package. */
package org.turnscript.packaging;
