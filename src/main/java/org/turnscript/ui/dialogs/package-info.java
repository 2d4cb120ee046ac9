/**
 * The export and import dialogs. Each dialog only answers what the user chose; the window reads and writes files
 * through the conversion service, exactly as the command line does. Read
 * {@link org.turnscript.ui.dialogs.ExportDialog} first; {@link org.turnscript.ui.dialogs.ExportDialogModel} holds
 * its settings and preview without a window, and {@link org.turnscript.ui.dialogs.DurationText} reads the lengths
 * people type into {@link org.turnscript.ui.dialogs.ImportDialog}.
 */
package org.turnscript.ui.dialogs;
