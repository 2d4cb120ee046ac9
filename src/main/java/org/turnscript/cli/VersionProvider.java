package org.turnscript.cli;

import org.turnscript.about.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The version and commit the build stamped into the jar (the same line Help ▸ About and the package show). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {BuildInfo.current().describe()};
    }
}
