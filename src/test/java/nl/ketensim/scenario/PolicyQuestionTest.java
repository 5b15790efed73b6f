package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PolicyQuestionTest {

    @Test
    void firstLineSkipsBlankLines() {
        assertEquals("Wat als? Meer.", PolicyQuestion.firstLine("\n  Wat als? Meer.  \nTweede regel\n"));
        assertEquals("", PolicyQuestion.firstLine(null));
    }

    @Test
    void shortenedKeepsTheFirstSentence() {
        assertEquals("Wat als het MDO elke 4 weken is?",
                PolicyQuestion.shortened("Wat als het MDO elke 4 weken is? (werkstroomschema, Bijlage I)", 100));
        assertEquals("Zie §1.3 en verder.", PolicyQuestion.shortened("Zie §1.3 en verder. Meer tekst.", 100));
    }

    @Test
    void longSentencesAreCutAtAWordWithAnEllipsis() {
        String question = "Wat " + "levert meer capaciteit op, ".repeat(10) + "bij ontslag?";
        String shortened = PolicyQuestion.shortened(question, 100);
        assertTrue(shortened.length() <= 100, shortened);
        assertTrue(shortened.endsWith("..."), shortened);
        assertTrue(!shortened.contains(", ..."), "no dangling comma: " + shortened);
        assertTrue(question.startsWith(shortened.substring(0, shortened.length() - 3)), shortened);
    }
}
