package fr.portailcep.shared.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** Who sees a menu entry. */
public enum Public {
    ANONYME, BENEFICIAIRE, CONSEILLER, MANAGER, MEDIATEUR;

    public static Public de(AuthenticationContext authentification) {
        if (!authentification.isAuthenticated()) {
            return ANONYME;
        }
        for (var p : values()) {
            if (p != ANONYME && authentification.hasRole(p.name())) {
                return p;
            }
        }
        return ANONYME;
    }

    public boolean estProfessionnel() {
        return this == CONSEILLER || this == MANAGER || this == MEDIATEUR;
    }
}
