package org.turnscript.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the memory a long document no longer needs back to the system. Started with {@code java -jar} and no heap
 * options, the JVM may grow its heap to a quarter of the machine's memory while a ten-hour file opens and keep it
 * (3–6 GB resident on a 24 GB machine, for a live heap of about 100 MB). G1 can return it: these settings are
 * changeable while the JVM runs, so the editor sets them at start unless the user set them on the command line.
 * A collection every few seconds when the editor is otherwise idle lets G1 shrink the heap to the live data plus
 * a margin.
 */
final class IdleHeap {

    private static final Logger LOG = Logger.getLogger(IdleHeap.class.getName());

    /** Free heap kept after a collection, in percent; the JVM's defaults are 40 to 70. */
    private static final Map<String, String> SETTINGS = Map.of(
            "MinHeapFreeRatio", "20",
            "MaxHeapFreeRatio", "40",
            "G1PeriodicGCInterval", "10000");

    private IdleHeap() {
    }

    static void apply() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return; // not a HotSpot JVM: the settings do not exist there
            }
            // The two ratios must stay ordered at every step: lower the minimum before the maximum.
            for (String name : new String[] {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
                VMOption option = vm.getVMOption(name);
                if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
                    vm.setVMOption(name, SETTINGS.get(name));
                }
            }
        } catch (IllegalArgumentException | SecurityException | LinkageError e) {
            // Another JVM or another collector (an option it does not have or will not take), or no
            // com.sun.management at all: the editor works the same, it only keeps more memory.
            LOG.log(Level.FINE, "heap settings not applied", e);
        }
    }
}
