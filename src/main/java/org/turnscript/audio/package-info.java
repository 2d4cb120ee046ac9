/**
 * Audio: recordings decoded to mono samples ({@link org.turnscript.audio.PcmAudio}) and what the signal alone
 * tells about speech: the syllable nuclei ({@link org.turnscript.audio.SyllableNuclei}) that speech-aware timing
 * maps the text's syllables onto. Pure Java (the JDK's {@code javax.sound.sampled}), no user interface.
 */
package org.turnscript.audio;
