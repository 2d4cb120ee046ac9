import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step (run by the pom with Java's source launcher, so it needs no compilation of its own): makes the portable
 * jar from {@code turnscript.jar} and OpenJFX's platform jars of every desktop platform.
 *
 * <pre>java src/build/PortableJar.java BASE.jar FXDIR OUT.jar</pre>
 *
 * FXDIR holds one folder per platform (linux, win, mac, mac-aarch64) of OpenJFX jars with that classifier. The base
 * jar's entries stay as they are; each platform jar adds what the base lacks: the platform's own classes
 * ({@code com/sun/glass/ui/win}, {@code …/mac}) and its native libraries, which JavaFX extracts from the class path
 * root at start. macOS on Intel and on Apple silicon name their libraries alike ({@code libglass.dylib}), so each
 * pair is joined into one universal ("fat") Mach-O file, as Apple's {@code lipo -create} does: the loader picks the
 * slice of its processor, and each slice keeps its own code signature.
 */
public final class PortableJar {

    static final List<String> PLATFORMS = List.of("linux", "win", "mac", "mac-aarch64");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java PortableJar.java BASE.jar FXDIR OUT.jar");
            System.exit(2);
        }
        Path base = Path.of(args[0]);
        Path fxDir = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        // The base jar is copied and only what it lacks is added: the zip file system keeps the copied entries'
        // compressed bytes as they are, so the step costs what the new entries cost (not recompressing 15 MB).
        Files.copy(base, tmp, StandardCopyOption.REPLACE_EXISTING);
        Map<String, Map<Integer, byte[]>> dylibs = new TreeMap<>(); // name -> CPU type -> thin Mach-O
        int added = 0;
        try (FileSystem zip = FileSystems.newFileSystem(tmp)) {
            for (String platform : PLATFORMS) {
                Path dir = fxDir.resolve(platform);
                if (!Files.isDirectory(dir)) {
                    throw new IOException("no OpenJFX jars for " + platform + " in " + dir);
                }
                try (Stream<Path> jars = Files.list(dir)) {
                    for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                        added += add(jar, zip, dylibs);
                    }
                }
            }
            for (Map.Entry<String, Map<Integer, byte[]>> lib : dylibs.entrySet()) {
                Path entry = zip.getPath(lib.getKey());
                if (Files.exists(entry)) { // built on a Mac: the base jar has its own processor's slice
                    byte[] own = Files.readAllBytes(entry);
                    lib.getValue().putIfAbsent(cpuType(own, lib.getKey()), own);
                }
                Files.write(entry, fat(lib.getValue()));
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("[portable-jar] %s: %.1f MB, %d entries added, %d macOS libraries made universal%n",
                out.getFileName(), Files.size(out) / 1e6, added, dylibs.size());
    }

    /** Adds the entries of one platform jar that the jar lacks; sets its macOS libraries aside. */
    private static int add(Path jar, FileSystem zip, Map<String, Map<Integer, byte[]>> dylibs) throws IOException {
        int added = 0;
        try (ZipFile in = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                String name = e.getName();
                if (e.isDirectory() || skipped(name)) {
                    continue;
                }
                if (name.endsWith(".dylib")) {
                    byte[] bytes = read(in, e);
                    dylibs.computeIfAbsent(name, k -> new TreeMap<>()).putIfAbsent(cpuType(bytes, name), bytes);
                    continue;
                }
                Path entry = zip.getPath(name);
                if (!Files.exists(entry)) {
                    if (entry.getParent() != null) {
                        Files.createDirectories(entry.getParent());
                    }
                    Files.write(entry, read(in, e));
                    added++;
                }
            }
        }
        return added;
    }

    /** Other jars' manifests, module descriptors and signatures do not belong in the merged jar. */
    private static boolean skipped(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF") || name.endsWith("module-info.class")
                || upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA");
    }

    private static byte[] read(ZipFile in, ZipEntry e) throws IOException {
        try (InputStream s = in.getInputStream(e)) {
            return s.readAllBytes();
        }
    }

    // Mach-O: a thin 64-bit file starts with 0xfeedfacf in the file's (little-endian) byte order, then cputype and
    // cpusubtype; a fat file starts with 0xcafebabe, big-endian, then the count and one fat_arch per slice.
    static final int MH_MAGIC_64 = 0xfeedfacf;
    static final int FAT_MAGIC = 0xcafebabe;
    static final int CPU_TYPE_X86_64 = 0x01000007;
    static final int CPU_TYPE_ARM64 = 0x0100000c;

    static int cpuType(byte[] lib, String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(lib).order(ByteOrder.LITTLE_ENDIAN);
        if (lib.length < 12 || b.getInt(0) != MH_MAGIC_64) {
            throw new IOException(name + " is not a thin 64-bit Mach-O library");
        }
        return b.getInt(4);
    }

    /** A universal Mach-O of these thin slices: x86_64 first, each slice aligned to its page size, as lipo does. */
    static byte[] fat(Map<Integer, byte[]> slices) throws IOException {
        if (slices.size() == 1) {
            return slices.values().iterator().next();
        }
        List<Integer> types = new ArrayList<>(slices.keySet());
        types.sort(java.util.Comparator.comparingInt(PortableJar::alignment).thenComparingInt(t -> t));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int headerSize = 8 + 20 * types.size();
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.BIG_ENDIAN);
        header.putInt(FAT_MAGIC).putInt(types.size());
        long offset = headerSize;
        Map<Integer, Long> offsets = new LinkedHashMap<>();
        for (int type : types) {
            int align = alignment(type);
            offset = (offset + (1L << align) - 1) & -(1L << align);
            byte[] slice = slices.get(type);
            int subtype = ByteBuffer.wrap(slice).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
            header.putInt(type).putInt(subtype).putInt((int) offset).putInt(slice.length).putInt(align);
            offsets.put(type, offset);
            offset += slice.length;
        }
        out.write(header.array());
        for (int type : types) {
            pad(out, offsets.get(type) - out.size());
            out.write(slices.get(type));
        }
        return out.toByteArray();
    }

    /** log2 of the page size a slice is aligned to: 16 KB on Apple silicon, 4 KB on Intel. */
    static int alignment(int cpuType) {
        return cpuType == CPU_TYPE_ARM64 ? 14 : 12;
    }

    private static void pad(OutputStream out, long n) throws IOException {
        for (long i = 0; i < n; i++) {
            out.write(0);
        }
    }
}
