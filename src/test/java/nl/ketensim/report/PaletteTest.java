package nl.ketensim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void everyKnelpuntHasItsOwnColour() {
        Set<Color> colours = Arrays.stream(Knelpunt.values()).map(Palette::of).collect(Collectors.toSet());
        assertEquals(Knelpunt.values().length, colours.size());
    }

    @Test
    void aStaffPoolHasTheColourOfItsCapacityKnelpunt() {
        for (Partner p : Partner.values()) {
            assertEquals(Palette.of(Knelpunt.capacityOf(p)), Palette.of(p));
        }
        assertEquals(Palette.of(Knelpunt.INFORMATIEDELING), Palette.ofKnelpunt("informatiedeling"));
    }

    @Test
    void theSequentialScaleRunsFromDarkToLight() {
        Color low = Palette.sequential(0);
        Color high = Palette.sequential(1);
        assertEquals(new Color(0x440154), low);
        assertEquals(new Color(0xFDE725), high);
        assertEquals(low, Palette.sequential(Double.NaN));
    }
}
