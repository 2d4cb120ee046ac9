package org.turnscript.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encodings as caption files arrive, with files from SRT libraries' suites (formats/srt/SOURCES.md). */
class TextDecoderTest {

    private static byte[] srt(String name) throws IOException {
        try (InputStream in = TextDecoderTest.class.getResourceAsStream("srt/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws IOException {
        TextDecoder.Decoded d = TextDecoder.decode(srt("mantas-done-utf16.srt"));
        assertThat(d.encoding()).isEqualTo("UTF-16LE");
        assertThat(d.hadBom()).isTrue();
        assertThat(d.text()).startsWith("1\r\n00:00:0,000").contains("ترجمه و تنظيم زيرنويس");
        assertThat(TextDecoder.decode(srt("swiftsubtitles-utf16-test.srt")).text()).startsWith("1097\n01:20:45,138");
    }

    @Test
    void readsUtf16WithoutBomInBothByteOrders() {
        String text = "1\n00:00:01,000 --> 00:00:02,000\nHello there\n";
        TextDecoder.Decoded le = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.Decoded be = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
        assertThat(le.text()).isEqualTo(text);
        assertThat(be.text()).isEqualTo(text);
        assertThat(le.hadBom()).isFalse();
    }

    @Test
    void readsUtf16BigEndianWithBom() {
        byte[] body = "WEBVTT\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(body, 0, bytes, 2, body.length);
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertThat(d.encoding()).isEqualTo("UTF-16BE");
        assertThat(d.text()).isEqualTo("WEBVTT\n");
    }

    @Test
    void readsValidUtf8AndDropsItsBom() throws IOException {
        TextDecoder.Decoded plain = TextDecoder.decode(srt("pysubs2-win1250_read_write.srt"));
        assertThat(plain.encoding()).isEqualTo("UTF-8");
        assertThat(plain.text()).contains("Příliš žluťoučký kůň");
        byte[] withBom = ("\uFEFF" + plain.text()).getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded bom = TextDecoder.decode(withBom);
        assertThat(bom.hadBom()).isTrue();
        assertThat(bom.text()).isEqualTo(plain.text());
    }

    @Test
    void fallsBackToWindows1252ForInvalidUtf8() {
        byte[] latin = "Café – déjà vu".getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded d = TextDecoder.decode(latin);
        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("Café – déjà vu");
    }

    @Test
    void readsGb2312Big5AndWindows1250WhenNamed() throws IOException {
        TextDecoder.Decoded gb = TextDecoder.decode(srt("cdown-gb2312.srt"), Charset.forName("GB2312"));
        assertThat(gb.text()).contains("宇宙守护神  保护我们远离邪恶");
        assertThat(gb.encoding()).isEqualTo("GB2312");
        // without the name, the bytes are no UTF-8 and fall back to Windows-1252: readable times, wrong letters
        assertThat(TextDecoder.decode(srt("cdown-gb2312.srt")).text()).startsWith("2\n00:00:27,000")
                .doesNotContain("宇宙");

        String big5Text = TextDecoder.decode(srt("pysubs2-big5_read_write.srt")).text();
        byte[] big5 = big5Text.getBytes(Charset.forName("Big5"));
        assertThat(TextDecoder.decode(big5, Charset.forName("Big5")).text()).isEqualTo(big5Text).contains("道德經");

        String czech = TextDecoder.decode(srt("pysubs2-win1250_read_write.srt")).text();
        byte[] cp1250 = czech.getBytes(Charset.forName("windows-1250"));
        assertThat(TextDecoder.decode(cp1250, Charset.forName("windows-1250")).text()).isEqualTo(czech);
    }

    @Test
    void aByteOrderMarkWinsOverAForcedCharset() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9};
        TextDecoder.Decoded d = TextDecoder.decode(bytes, java.nio.charset.Charset.forName("windows-1252"));
        assertThat(d.text()).isEqualTo("hé");
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void aReplacementCharacterThatTheFileHoldsIsUtf8AndAMalformedByteBesideItIsNot() {
        byte[] holds = "1\n00:00:01,000 --> 00:00:02,000\nbroken \uFFFD here\n".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded d = TextDecoder.decode(holds, null);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("broken \uFFFD here");

        byte[] malformed = new byte[holds.length + 1];
        System.arraycopy(holds, 0, malformed, 0, holds.length);
        malformed[holds.length] = (byte) 0xE9; // a Windows-1252 é, no UTF-8
        assertThat(TextDecoder.decode(malformed, null).encoding()).isEqualTo("windows-1252");
    }
}
