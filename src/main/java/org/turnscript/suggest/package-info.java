/**
 * Speaker-turn suggestions for unpunctuated captions: where a new speaker probably starts, who it is, how sure,
 * and which cue said so. Pure Java.
 *
 * <p>Read {@link org.turnscript.suggest.TurnSuggester} first. It flattens a transcript into a
 * {@link org.turnscript.suggest.WordStream}, finds candidate turn starts with {@link org.turnscript.suggest.NameCues}
 * (a roster name addressed, thanked or introduced), {@link org.turnscript.suggest.ReplyCues} (a question, then an
 * answer opener) and {@link org.turnscript.suggest.PauseCues} (long pauses, only where word times are real), and
 * names the next speaker with {@link org.turnscript.suggest.SpeakerGuess}, which learns from the turns the editor
 * has already tagged. With the recording the words were timed from
 * ({@link org.turnscript.suggest.TurnSuggester#withVoices}), {@link org.turnscript.suggest.VoiceCues} adds changes of
 * voice as candidates; {@link org.turnscript.suggest.VoiceClusters} finds the recording's voices before anyone is
 * confirmed (pieces joined by {@link org.turnscript.suggest.PieceJoiner}, then heard again word by word with
 * {@link org.turnscript.suggest.VoicePath}) and ties each to a speaker; once the editor has confirmed turns,
 * {@link org.turnscript.suggest.VoiceTrack} learns each speaker's voice from them
 * ({@link org.turnscript.suggest.VoiceModel}) and decodes who speaks at every word. Accepted and rejected suggestions
 * are word flags in the transcript, so the suggester keeps no state of its own (only the voices found in a
 * recording are kept, as they do not depend on the editor's decisions): asked again, it has learned from every
 * decision so far.
 */
package org.turnscript.suggest;
