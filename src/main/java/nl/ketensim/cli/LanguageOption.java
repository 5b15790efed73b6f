package nl.ketensim.cli;

import nl.ketensim.domain.Language;
import picocli.CommandLine.Option;

/** {@code --lang nl|en}: the language of the charts and {@code report.html} a command draws. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of charts and report: nl or en (default: nl).")
    private Language language = Language.NL;

    Language language() {
        return language;
    }
}
