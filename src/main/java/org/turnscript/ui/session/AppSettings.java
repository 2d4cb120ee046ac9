package org.turnscript.ui.session;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.turnscript.convert.AtomicFiles;

/**
 * The window's remembered settings (recent files, last project, theme) in a small properties file in the
 * Turnscript folder, {@code ~/.turnscript} unless the {@code turnscript.home} system property names another.
 */
public final class AppSettings {

    private static final int MAX_RECENT = 10;

    private final Path home;
    private final Properties props = new Properties();

    public AppSettings(Path home) {
        this.home = home;
        Path file = file();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file must not stop the editor from starting: start with defaults.
                props.clear();
            }
        }
    }

    public static AppSettings standard() {
        String dir = System.getProperty("turnscript.home");
        return new AppSettings(dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".turnscript"));
    }

    public Path home() {
        return home;
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = props.getProperty("recent." + i);
            if (v != null) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Puts a file at the top of the recent list and remembers it as the project to reopen. */
    public void opened(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                props.setProperty("recent." + i, recent.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
        save();
    }

    /** The project to reopen at start, if one was saved or opened before. */
    public Path lastProject() {
        String v = props.getProperty("lastProject");
        return v == null ? null : Path.of(v);
    }

    public void setLastProject(Path file) {
        props.setProperty("lastProject", file.toAbsolutePath().normalize().toString());
        save();
    }

    /** The speaker names of the last import, offered for the next one. */
    public List<String> lastSpeakers() {
        String v = props.getProperty("import.speakers", "");
        return v.isBlank() ? List.of() : List.of(v.split("\\s*,\\s*"));
    }

    public void setLastSpeakers(List<String> names) {
        props.setProperty("import.speakers", String.join(", ", names));
        save();
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(props.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        props.setProperty("theme.dark", Boolean.toString(dark));
        save();
    }

    private Path file() {
        return home.resolve("settings.properties");
    }

    private void save() {
        try {
            StringWriter w = new StringWriter();
            props.store(w, "Turnscript settings");
            AtomicFiles.write(file(), w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Settings are a convenience; failing to remember them must never interrupt editing.
        }
    }
}
