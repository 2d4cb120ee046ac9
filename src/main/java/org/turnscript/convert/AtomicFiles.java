package org.turnscript.convert;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the new one, never half of it: the bytes go to
 * a temporary file in the same folder (same file system), are forced to the disk, and the temporary file is then
 * moved over the target atomically. The file keeps the permissions it had (a new one gets rw-r--r--), because a
 * temporary file starts private.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFiles() {
    }

    /** Writes what {@code content} writes to the stream it is given; the stream needs no closing. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, (Content<RuntimeException>) out -> out.write(content));
    }

    /**
     * Writes a file as it is produced, still atomically: when {@code content} fails, the target keeps what it had
     * and nothing is left behind.
     */
    public static <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        FileChannel created = null;
        Path temp = null;
        while (created == null) {
            temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                created = createPrivate(temp);
            } catch (FileAlreadyExistsException taken) {
                // another writer's temporary file, or a leftover: try another name
            }
        }
        try {
            try (FileChannel channel = created;
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true); // on the disk before the rename makes it the file
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network and FUSE file systems cannot rename atomically; a replacing move is the best left.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new file only its owner can read, as {@link Files#createTempFile} makes, opened for writing. Not through
     * that method: its unguessable names come from {@code SecureRandom}, whose set-up (the security providers) took
     * longer than converting a short file. The name needs no secret here: {@code CREATE_NEW} fails on anything
     * already there, a symbolic link included, so no other user can make it point elsewhere.
     */
    private static FileChannel createPrivate(Path temp) throws IOException {
        if (POSIX) {
            return FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PRIVATE));
        }
        return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
            Files.setPosixFilePermissions(temp, perms);
        } catch (UnsupportedOperationException e) {
            // Windows has no POSIX permissions: the temporary file inherits the folder's ACL, as a new file would.
        }
    }
}
