package fr.portailcep.test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * One Playwright and one Debian Chromium for the whole run (Playwright never downloads its own browser here).
 * Each test opens its own context: a phone (390×844, touch, fr-FR) or a desktop.
 */
public final class Navigateur {

    private static final String CHROMIUM = System.getenv().getOrDefault("PORTAIL_CHROMIUM", "/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser navigateur;

    private Navigateur() {
    }

    private static synchronized Browser navigateur() {
        if (navigateur == null) {
            // The first passkey ceremony or upload of a run can take more than 5 s on a slow two-core machine.
            PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            navigateur = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                navigateur.close();
                playwright.close();
            }));
        }
        return navigateur;
    }

    /** Every page is screenshot when its test fails, and watched for its Content-Security-Policy. */
    private static BrowserContext suivi(BrowserContext contexte) {
        contexte.onPage(CaptureEnCasDEchec::suivre);
        return SurveillanceCsp.surveiller(contexte);
    }

    /** A phone: 390×844 at device scale 3, touch, French. */
    public static BrowserContext telephone() {
        return suivi(navigateur().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(3)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                // No fade-in under axe: a half-opaque toast would be counted as a contrast failure.
                .setReducedMotion(ReducedMotion.REDUCE)
                .setUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/156.0 Mobile Safari/537.36")));
    }

    /**
     * The narrowest phone, JavaScript turned off: the HTML-first pages (DD020) must work in it. Playwright's own
     * evaluations (axe, waits) still run.
     */
    public static BrowserContext petitTelephoneSansJavaScript() {
        return coupe(navigateur().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setJavaScriptEnabled(false)
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                .setReducedMotion(ReducedMotion.REDUCE)));
    }

    /** The contexts opened with JavaScript off (axe cannot run in them: its timers never fire, see Pages). */
    private static final java.util.Set<BrowserContext> SANS_JAVASCRIPT =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private static BrowserContext coupe(BrowserContext contexte) {
        SANS_JAVASCRIPT.add(contexte);
        return suivi(contexte);
    }

    /** Whether this context was opened with JavaScript off. */
    public static boolean sansJavaScript(BrowserContext contexte) {
        return SANS_JAVASCRIPT.contains(contexte);
    }

    /** The narrowest phone the portal supports. */
    public static BrowserContext petitTelephone() {
        return suivi(navigateur().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                // No fade-in under axe: a half-opaque toast would be counted as a contrast failure.
                .setReducedMotion(ReducedMotion.REDUCE)));
    }

    /** A desktop for staff views. */
    public static BrowserContext bureau() {
        return suivi(navigateur().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 900)
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                // No fade-in under axe: a half-opaque toast would be counted as a contrast failure.
                .setReducedMotion(ReducedMotion.REDUCE)));
    }
}
