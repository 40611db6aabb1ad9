package fr.portailcep.compte;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.stereotype.Component;

/** Writes Spring Security's sign-in, failure and sign-out events to the journal. */
@Component
class JournalAuthentification {

    private final JournalConnexions journal;
    private final CompteService comptes;
    private final ObjectProvider<OrigineCourante> origine;

    JournalAuthentification(JournalConnexions journal, CompteService comptes, ObjectProvider<OrigineCourante> origine) {
        this.journal = journal;
        this.comptes = comptes;
        this.origine = origine;
    }

    @EventListener
    void reussite(AuthenticationSuccessEvent evenement) {
        var authentification = evenement.getAuthentication();
        var methode = authentification instanceof OneTimeTokenAuthentication ? "COURRIEL" : "CLE_ACCES";
        journal.noter(authentification.getName(), EvenementConnexion.CONNEXION_REUSSIE, methode, origine(), null);
        comptes.noterConnexion(authentification.getName());
    }

    @EventListener
    void echec(AbstractAuthenticationFailureEvent evenement) {
        var nom = evenement.getAuthentication() == null ? null : evenement.getAuthentication().getName();
        journal.noter(nom == null || nom.length() > 254 ? null : nom, EvenementConnexion.CONNEXION_ECHOUEE, null,
                origine(), evenement.getException().getClass().getSimpleName() + " : "
                        + evenement.getException().getMessage());
    }

    @EventListener
    void deconnexion(LogoutSuccessEvent evenement) {
        journal.noter(evenement.getAuthentication().getName(), EvenementConnexion.DECONNEXION, null, origine(), null);
    }

    private OrigineRequete origine() {
        var source = origine.getIfAvailable();
        return source == null ? OrigineRequete.INCONNUE : source.lire();
    }
}
