/**
 * The chapters of the open document in the window: the Chapters panel (jump, rename, delete, move the start), the
 * band of chapters over the timeline, the Chapters menu and its keys. Read
 * {@link org.turnscript.ui.chapters.ChaptersView} first; the commands themselves are
 * {@link org.turnscript.ui.session.BufferChapters}.
 */
package org.turnscript.ui.chapters;
