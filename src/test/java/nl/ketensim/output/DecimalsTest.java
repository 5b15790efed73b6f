package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void writesPlainNumbersWithoutTrailingZeros() {
        assertEquals("3", Decimals.format(3.0));
        assertEquals("30000", Decimals.format(30000.0));
        assertEquals("0.3", Decimals.format(0.1 + 0.2));
        assertEquals("-2.5", Decimals.format(-2.5));
        assertEquals("0.00000015", Decimals.format(1.5e-7));
        assertEquals("0", Decimals.format(-0.0));
    }

    @Test
    void keepsTwelveSignificantDigits() {
        assertEquals("0.333333333333", Decimals.format(1.0 / 3));
        assertEquals("123456789012", Decimals.format(123456789012.4));
    }

    @Test
    void nanIsAnEmptyCell() {
        assertEquals("", Decimals.format(Double.NaN));
        assertEquals("Infinity", Decimals.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void usesAPointUnderADutchLocale() {
        Locale.setDefault(new Locale("nl", "NL"));

        assertEquals("1234.5", Decimals.format(1234.5));
    }
}
