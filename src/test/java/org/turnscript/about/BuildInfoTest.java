package org.turnscript.about;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build stamps the pom's version and the commit; the notices travel with the classes. */
class BuildInfoTest {

    @Test
    void theBuildStampsTheVersionAndTheCommit() {
        BuildInfo info = BuildInfo.current();

        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.commit()).matches("[0-9a-f]{7,40}|unknown");
        assertThat(info.describe()).isEqualTo("Turnscript " + info.version() + " (commit " + info.commit() + ")");
    }

    @Test
    void theNoticesHoldTheLicencesAndEveryFixtureFoldersSources() {
        assertThat(Notices.notice()).contains("Apache License, Version 2.0", "OpenJFX", "webvtt-py");
        assertThat(Notices.fixtureSources()).extracting(Notices.Section::title)
                .contains("Fixtures: formats/srt", "Fixtures: formats/vtt");
        assertThat(Notices.fixtureSources()).allSatisfy(s -> assertThat(s.text()).startsWith("# Test fixtures"));
        assertThat(Notices.fixtureSources()).anySatisfy(s -> assertThat(s.text()).contains("1c7/srt-parser-2"));
    }
}
