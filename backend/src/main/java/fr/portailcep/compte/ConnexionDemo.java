package fr.portailcep.compte;

import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click sign-in as a demo person. This bean exists only in the {@code demo} profile: elsewhere there is no
 * way to obtain a ticket without a code or a passkey.
 */
@Service
@Profile("demo")
public class ConnexionDemo {

    private final CompteRepository comptes;
    private final ConnexionParCourriel connexion;
    private final JournalConnexions journal;

    ConnexionDemo(CompteRepository comptes, ConnexionParCourriel connexion, JournalConnexions journal) {
        this.comptes = comptes;
        this.connexion = connexion;
        this.journal = journal;
    }

    /** The demo people, staff first, in the order of their roles. */
    @Transactional(readOnly = true)
    public List<Compte> personnes() {
        return comptes.findAll().stream()
                .filter(c -> c.email().endsWith("@demo.portail-cep.fr"))
                .sorted(java.util.Comparator.comparing((Compte c) -> c.role().ordinal() == 0 ? 9 : c.role().ordinal())
                        .thenComparing(Compte::nomAffiche))
                .toList();
    }

    /** A ticket to post to {@code /login/ott}; only for a demo person. */
    @Transactional
    public String ticketPour(UUID compteId, OrigineRequete origine) {
        var compte = comptes.findById(compteId)
                .filter(c -> c.email().endsWith("@demo.portail-cep.fr"))
                .orElseThrow(() -> new IllegalArgumentException("Pas une personne de démonstration"));
        journal.noter(compte.email(), EvenementConnexion.CODE_DEMANDE, "DEMO", origine, "connexion en un clic");
        return connexion.ticketSansCode(compte);
    }
}
