package nl.ketensim.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import nl.ketensim.model.EventListChoice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --event-list NAME} (any case) to an {@link EventListChoice}. */
final class EventListConverter implements ITypeConverter<EventListChoice> {

    @Override
    public EventListChoice convert(String value) {
        for (EventListChoice choice : EventListChoice.values()) {
            if (choice.key().equals(value.toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new TypeConversionException("expected one of " + String.join(", ", new Names()) + ", got '" + value + "'");
    }

    /** The names, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (EventListChoice choice : EventListChoice.values()) {
                names.add(choice.key());
            }
            return names.iterator();
        }
    }
}
