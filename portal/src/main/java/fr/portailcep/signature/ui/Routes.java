package fr.portailcep.signature.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;

/** The parameters of the signature routes: {@code :id}, and {@code ?sorte=} (a livrable by default). */
final class Routes {

    static final String SORTE_PAR_DEFAUT = "LIVRABLE";

    private Routes() {
    }

    static Optional<UUID> identifiant(BeforeEnterEvent evenement) {
        try {
            return evenement.getRouteParameters().get("id").map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String sorte(BeforeEnterEvent evenement) {
        var valeurs = evenement.getLocation().getQueryParameters().getParameters().get("sorte");
        if (valeurs == null || valeurs.isEmpty() || !valeurs.getFirst().matches("[A-Z_]{1,40}")) {
            return SORTE_PAR_DEFAUT;
        }
        return valeurs.getFirst();
    }
}
