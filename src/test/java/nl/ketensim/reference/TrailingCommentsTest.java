package nl.ketensim.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrailingCommentsTest {

    @Test
    void commentsStartOutsideQuotesAfterWhiteSpace() {
        assertEquals(9, TrailingComments.commentStart("a: 1.5   # x", 0));
        assertEquals(-1, TrailingComments.commentStart("a: \"b # c\"", 0));
        assertEquals(11, TrailingComments.commentStart("a: 'b # c' # d", 0));
        assertEquals(-1, TrailingComments.commentStart("a: b#c", 0));
        assertEquals(15, TrailingComments.commentStart("a: regio's x   # d", 0));
        assertEquals(28, TrailingComments.commentStart("- {label: \"18-23\", s: 0.10} # e", 0));
        assertEquals(-1, TrailingComments.commentStart("a: \"q \\\" # r\"", 0));
    }

    @Test
    void readsCommentsByPathWithTheirContinuation(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("c.yaml"), String.join("\n",
                "# header",
                "top: 1          # first",
                "                # continued",
                "section:        # about the section",
                "  # a comment on its own line for the next key",
                "  child: x      # child's",
                "  other: y",
                "  list:         # list",
                "    - {a: 1}    # item comments are not read",
                "done: 'q # not a comment'",
                ""));

        Map<String, String> comments = TrailingComments.read(file);

        assertEquals(Map.of("top", "first continued", "section", "about the section",
                "section.child", "child's", "section.list", "list"), comments);
    }
}
