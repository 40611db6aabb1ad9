package fr.portailcep.shared.web;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The files of Vaadin's pre-compiled bundle that an HTML-first page asks the browser to fetch in the background
 * ({@code <link rel="prefetch">}), so that the first Vaadin page after sign-in loads from the cache (DD020).
 */
@Component
public class PrechargementVaadin {

    /** Addresses, in the order the Vaadin page needs them. */
    public List<String> fichiers() {
        return List.of();
    }
}
