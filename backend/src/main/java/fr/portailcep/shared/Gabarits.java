package fr.portailcep.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders what the portal writes to people from Thymeleaf templates under {@code templates/} (courriels today,
 * livrables and HTML-first pages next): a named template, a model, a locale (DD012).
 * <p>
 * The name carries the extension, which chooses the mode: {@code .html} is HTML, where {@code th:text} escapes
 * everything (a text typed by a person never becomes markup); {@code .txt} is plain text, nothing escaped. The
 * texts come from the same bundles as everywhere else: {@code #{clé}} in a template reads the portal's
 * {@link MessageSource}. Every template also sees {@code formats} ({@link Formats} for the locale).
 */
@Component
public class Gabarits {

    private final SpringTemplateEngine moteur = new SpringTemplateEngine();

    public Gabarits(MessageSource messages) {
        moteur.addTemplateResolver(resolveur(TemplateMode.HTML, "*.html", 1));
        moteur.addTemplateResolver(resolveur(TemplateMode.TEXT, "*.txt", 2));
        moteur.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolveur(TemplateMode mode, String motif, int ordre) {
        var resolveur = new ClassLoaderTemplateResolver(Gabarits.class.getClassLoader());
        resolveur.setPrefix("templates/");
        resolveur.setTemplateMode(mode);
        resolveur.setResolvablePatterns(Set.of(motif));
        resolveur.setCharacterEncoding("UTF-8");
        resolveur.setOrder(ordre);
        resolveur.setCheckExistence(true);
        resolveur.setCacheable(true);
        return resolveur;
    }

    /**
     * @param nom the template's path under {@code templates/}, with its extension ({@code courriels/courriel.html})
     */
    public String rendre(String nom, Map<String, ?> modele, Locale langue) {
        var variables = new HashMap<String, Object>(modele);
        variables.putIfAbsent("formats", Formats.de(langue));
        return moteur.process(nom, new Context(langue, variables));
    }

    /** The same, in French (the only language of the portal today). */
    public String rendre(String nom, Map<String, ?> modele) {
        return rendre(nom, modele, Textes.FRANCAIS);
    }
}
