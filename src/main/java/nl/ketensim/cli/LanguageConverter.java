package nl.ketensim.cli;

import java.util.Locale;
import nl.ketensim.domain.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang nl|en} (any case) to a {@link Language}. */
final class LanguageConverter implements ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "nl" -> Language.NL;
            case "en" -> Language.EN;
            default -> throw new TypeConversionException("expected nl or en, got '" + value + "'");
        };
    }
}
