package fr.portailcep.test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import com.microsoft.playwright.Page;

/** When a browser test fails, a screenshot of each page it had open, to see what the person saw. */
public class CaptureEnCasDEchec implements TestExecutionExceptionHandler {

    private static final List<Page> PAGES = new CopyOnWriteArrayList<>();

    static void suivre(Page page) {
        PAGES.add(page);
        page.onClose(PAGES::remove);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext contexte, Throwable erreur) throws Throwable {
        var i = 0;
        for (var page : PAGES) {
            try {
                var chemin = Path.of("target", "captures", "echecs",
                        contexte.getRequiredTestClass().getSimpleName() + "-" + contexte.getRequiredTestMethod().getName()
                                + "-" + (i++) + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(chemin).setFullPage(true));
                System.err.println("Capture de l’échec : " + chemin.toAbsolutePath() + " (" + page.url() + ")");
            } catch (RuntimeException ignoree) {
                // The page may be gone already.
            }
        }
        throw erreur;
    }
}
