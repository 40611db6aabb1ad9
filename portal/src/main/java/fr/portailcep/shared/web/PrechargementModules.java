package fr.portailcep.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Vaadin's page asks at once for every module its first screen needs ({@code <link rel="modulepreload">} in the
 * head of the bootstrap page), instead of discovering them one import after the other: the entry script, then
 * Flow's bootstrap and client and {@code generated-flow-imports}, then their imports, each a round trip of
 * 562 ms on slow 4G (issue 12). The same list as the prefetch of the HTML pages ({@link PrechargementVaadin}),
 * its scripts only (the style sheets are already links of the page).
 */
@Configuration(proxyBeanMethods = false)
class PrechargementModules {

    @Bean
    VaadinServiceInitListener modulesPrecharges(PrechargementVaadin prechargement) {
        var modules = prechargement.fichiers().stream().filter(f -> f.endsWith(".js")).toList();
        return evenement -> evenement.addIndexHtmlRequestListener(reponse -> {
            var tete = reponse.getDocument().head();
            for (var module : modules) {
                // Relative, as Vaadin's own script: the page's <base> points at the application's root.
                tete.appendElement("link").attr("rel", "modulepreload").attr("href", "." + module);
            }
        });
    }
}
