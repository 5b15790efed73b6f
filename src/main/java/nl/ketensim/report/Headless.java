package nl.ketensim.report;

/** Makes sure AWT runs headless (no display needed) before any chart or font is touched. */
final class Headless {

    private Headless() { }

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
