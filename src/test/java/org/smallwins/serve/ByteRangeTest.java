package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.serve.ByteRange.Kind;

/** Which bytes of a file a Range header asks for, as static servers read it. */
class ByteRangeTest {

    @Test
    void aRangeFromTheStartToAByteIsThoseBytes() {
        ByteRange range = ByteRange.parse("bytes=0-99", 1000);

        assertThat(range.kind()).isEqualTo(Kind.PART);
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.first()).isZero();
        assertThat(range.last()).isEqualTo(99);
        assertThat(range.length()).isEqualTo(100);
        assertThat(range.contentRange()).isEqualTo("bytes 0-99/1000");
    }

    @Test
    void aRangeWithoutItsEndGoesToTheEndOfTheFile() {
        ByteRange range = ByteRange.parse("bytes=900-", 1000);

        assertThat(range.contentRange()).isEqualTo("bytes 900-999/1000");
        assertThat(range.length()).isEqualTo(100);
    }

    @Test
    void anEndPastTheFileIsClippedToItsLastByte() {
        assertThat(ByteRange.parse("bytes=10-5000", 1000).contentRange()).isEqualTo("bytes 10-999/1000");
        assertThat(ByteRange.parse("bytes=10-99999999999999999999999", 1000).contentRange())
                .isEqualTo("bytes 10-999/1000");
    }

    @Test
    void aSuffixIsTheLastBytesOrTheWholeFileWhenItIsShorter() {
        assertThat(ByteRange.parse("bytes=-100", 1000).contentRange()).isEqualTo("bytes 900-999/1000");
        assertThat(ByteRange.parse("bytes=-5000", 1000).contentRange()).isEqualTo("bytes 0-999/1000");
        assertThat(ByteRange.parse("bytes=-5000", 1000).status()).isEqualTo(206);
    }

    @Test
    void aSingleByteAndTheLastByteAreRanges() {
        assertThat(ByteRange.parse("bytes=0-0", 1000).contentRange()).isEqualTo("bytes 0-0/1000");
        assertThat(ByteRange.parse("bytes=999-999", 1000).contentRange()).isEqualTo("bytes 999-999/1000");
    }

    @Test
    void theUnitAndSpacesAroundTheRangeAreReadLeniently() {
        assertThat(ByteRange.parse("Bytes= 1-2 ", 10).contentRange()).isEqualTo("bytes 1-2/10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-2000", "bytes=5000-6000", "bytes=-0",
            "bytes=99999999999999999999999-"})
    void aRangeNotInTheFileCannotBeSent(String header) {
        ByteRange range = ByteRange.parse(header, 1000);

        assertThat(range.kind()).isEqualTo(Kind.UNSATISFIABLE);
        assertThat(range.status()).isEqualTo(416);
        assertThat(range.contentRange()).isEqualTo("bytes */1000");
        assertThat(range.length()).isZero();
    }

    @Test
    void noRangeOfAnEmptyFileCanBeSent() {
        assertThat(ByteRange.parse("bytes=0-", 0).status()).isEqualTo(416);
        assertThat(ByteRange.parse("bytes=-10", 0).status()).isEqualTo(416);
        assertThat(ByteRange.parse("bytes=-10", 0).contentRange()).isEqualTo("bytes */0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes", "bytes=", "bytes=-", "bytes=abc", "bytes=1", "bytes=a-5", "bytes=5-a",
            "bytes=5-1", "bytes=+1-5", "bytes=1-+5", "bytes=--5", "bytes=1-2-3", "bytes=0x1-5", "bytes=1 -5",
            "items=0-5", "0-5", "bytes=0-1,5-6", "bytes=0-1, 5-6", "bytes=0-1,", "bytes=,0-1"})
    void aHeaderThatIsNotOneRangeOfBytesIsIgnored(String header) {
        ByteRange range = ByteRange.parse(header, 1000);

        assertThat(range.kind()).isEqualTo(Kind.WHOLE);
        assertThat(range.status()).isEqualTo(200);
        assertThat(range.contentRange()).isNull();
        assertThat(range.first()).isZero();
        assertThat(range.length()).isEqualTo(1000);
    }

    @Test
    void noHeaderIsTheWholeFile() {
        assertThat(ByteRange.parse(null, 7).kind()).isEqualTo(Kind.WHOLE);
        assertThat(ByteRange.parse(null, 7).length()).isEqualTo(7);
        assertThat(ByteRange.parse(null, 0).length()).isZero();
    }
}
