package nl.ketensim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import nl.ketensim.model.RandomStreams;
import org.junit.jupiter.api.Test;

/** The methods text names the model's random streams, no more and no fewer, in their order. */
class MethodsSectionTest {

    @Test
    void theRandomStreamsNamedAreThoseOfTheModel() {
        List<String> model = Arrays.stream(RandomStreams.Source.values())
                .map(s -> s.name().toLowerCase().replace('_', ' ')).toList();
        assertEquals(model, MethodsSection.RANDOM_STREAMS_EN);
        assertEquals(model.size(), MethodsSection.RANDOM_STREAMS_NL.size());
    }
}
