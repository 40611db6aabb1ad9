package fr.portailcep.compte;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * Sign-up and sign-in by email. The person types an address and receives a courriel with a 6-digit code and a
 * link; either one, once, within 15 minutes, signs them in. The account of a new bénéficiaire is created only
 * when the code is accepted, so that a mistyped address creates nothing.
 * <p>
 * Staff who already have a passkey do not receive a code: they are told to use their passkey.
 */
@Service
public class ConnexionParCourriel {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm");

    private final JetonConnexionRepository jetons;
    private final CompteRepository comptes;
    private final CompteService compteService;
    private final ClesAcces clesAcces;
    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final JournalConnexions journal;
    private final Clock horloge;
    private final PolitiqueJeton politique;

    ConnexionParCourriel(JetonConnexionRepository jetons, CompteRepository comptes, CompteService compteService,
            ClesAcces clesAcces,
            Courrier courrier, Textes textes, UrlPublique urlPublique, JournalConnexions journal, Clock horloge,
            @Value("${portail.connexion.codes-par-reseau-par-heure:30}") int codesParReseau) {
        this.politique = PolitiqueJeton.PAR_DEFAUT.avecDemandesParReseau(codesParReseau);
        this.jetons = jetons;
        this.comptes = comptes;
        this.compteService = compteService;
        this.clesAcces = clesAcces;
        this.courrier = courrier;
        this.textes = textes;
        this.urlPublique = urlPublique;
        this.journal = journal;
        this.horloge = horloge;
    }

    /**
     * Sends a code and a link to the address.
     *
     * @param prenom the first name typed at sign-up, or null at sign-in
     */
    @Transactional
    public DemandeCode demanderCode(AdresseCourriel email, String prenom, String nom, OrigineRequete origine) {
        var saisie = Saisies.verification();
        prenom = saisie.ligne("prenom", prenom, Saisies.LONGUEUR_NOM);
        nom = saisie.ligne("nom", nom, Saisies.LONGUEUR_NOM);
        saisie.exiger();
        var maintenant = horloge.instant();
        var limite = limiteAtteinte(email, origine, maintenant);
        if (limite.isPresent()) {
            journal.noter(email.valeur(), EvenementConnexion.DEMANDE_LIMITEE, "CODE", origine, null);
            return new DemandeCode.TropDeDemandes(limite.get());
        }
        var compte = comptes.findByEmail(email.valeur());
        var code = Secrets.code();
        var secret = Secrets.secret();
        var jeton = new JetonConnexion(email, vide(prenom), vide(nom), code, secret, origine.adresseReseau(),
                maintenant, politique);
        if (compte.isPresent() && !compte.get().actif()) {
            // A deactivated account gets no code; the page says the same as for anyone, the courriel says why.
            jetons.save(jeton);
            courrier.deposer(Courriel.a(email.valeur())
                    .sujet(textes.get("compte.courriel.desactive.sujet"))
                    .salutation(textes.get("courriel.bonjour", compte.get().prenom()))
                    .paragraphe(textes.get("compte.courriel.desactive.texte")));
        } else if (compte.isPresent() && compte.get().role().estProfessionnel() && clesAcces.possede(compte.get())) {
            // Still recorded, so that the limits count it; its code and link are never sent.
            jetons.save(jeton);
            courrier.deposer(Courriel.a(email.valeur())
                    .sujet(textes.get("compte.courriel.pro.sujet"))
                    .salutation(textes.get("courriel.bonjour", compte.get().prenom()))
                    .paragraphe(textes.get("compte.courriel.pro.texte"))
                    .bouton(textes.get("compte.courriel.pro.bouton"), urlPublique.lien("/connexion")));
        } else {
            jetons.save(jeton);
            var lien = urlPublique.lien("/connexion/lien?jeton=" + jeton.id() + "&secret=" + secret);
            var heure = HEURE.format(jeton.expireLe().atZone(horloge.getZone()));
            courrier.deposer(Courriel.a(email.valeur())
                    .sujet(textes.get("compte.courriel.code.sujet", code))
                    .salutation(compte.map(c -> textes.get("courriel.bonjour", c.prenom()))
                            .orElse(textes.get("courriel.bonjour.anonyme")))
                    .paragraphe(textes.get("compte.courriel.code.texte"))
                    .code(code)
                    .paragraphe(textes.get("compte.courriel.code.lien"))
                    .bouton(textes.get("compte.courriel.code.bouton"), lien)
                    .paragraphe(textes.get("compte.courriel.code.validite", heure))
                    .paragraphe(textes.get("compte.courriel.code.pasvous")));
        }
        journal.noter(email.valeur(), EvenementConnexion.CODE_DEMANDE, "CODE", origine, null);
        return new DemandeCode.Envoyee(jeton.id(), email.valeur(), jeton.expireLe());
    }

    @Transactional
    public Verification verifierCode(UUID jeton, String code, OrigineRequete origine) {
        var saisie = code == null ? "" : code.replaceAll("\\s", "");
        var resultat = jetons.verrouiller(jeton)
                .map(j -> {
                    var v = j.verifierCode(saisie, horloge.instant(), politique);
                    noterRefus(j.email(), v, "CODE", origine);
                    return v;
                })
                .orElse(new Verification.Inconnu());
        return resultat;
    }

    @Transactional
    public Verification verifierLien(UUID jeton, String secret, OrigineRequete origine) {
        return jetons.verrouiller(jeton)
                .map(j -> {
                    var v = j.verifierLien(secret, horloge.instant(), politique);
                    noterRefus(j.email(), v, "LIEN", origine);
                    return v;
                })
                .orElse(new Verification.Inconnu());
    }

    /**
     * Spends a ticket issued by an accepted code or link, and creates the bénéficiaire's account on first sign-in.
     *
     * @return the email address to sign in, if the ticket is good
     */
    @Transactional
    public Optional<String> consommerTicket(String ticketComplet) {
        if (ticketComplet == null || !ticketComplet.contains(".")) {
            return Optional.empty();
        }
        var point = ticketComplet.indexOf('.');
        UUID id;
        try {
            id = UUID.fromString(ticketComplet.substring(0, point));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var ticket = ticketComplet.substring(point + 1);
        return jetons.verrouiller(id)
                .filter(j -> j.consommerTicket(ticket, horloge.instant()))
                .map(j -> compteService
                        .creerOuRetrouverBeneficiaire(new AdresseCourriel(j.email()), j.prenom(), j.nom()).email());
    }

    /** Deletes the requests that expired more than a day ago; the journal keeps the history. */
    @Transactional
    public int purger() {
        return jetons.purger(horloge.instant().minus(Duration.ofDays(1)));
    }

    /** Demo only: a ticket without code. Package-private, reached through {@code ConnexionDemo}. */
    String ticketSansCode(Compte compte) {
        var jeton = new JetonConnexion(new AdresseCourriel(compte.email()), null, null, Secrets.code(),
                Secrets.secret(), null, horloge.instant(), politique);
        var ticket = jeton.ticketDirect(horloge.instant(), politique);
        jetons.save(jeton);
        return ticket;
    }

    private Optional<java.time.Instant> limiteAtteinte(AdresseCourriel email, OrigineRequete origine,
            java.time.Instant maintenant) {
        var depuisAdresse = maintenant.minus(politique.fenetreAdresse());
        var parAdresse = politique.prochaineDemandePossible(
                jetons.countByEmailAndCreeLeAfter(email.valeur(), depuisAdresse),
                jetons.plusAncienneDemandePour(email.valeur(), depuisAdresse), politique.fenetreAdresse(),
                politique.demandesParAdresse());
        if (parAdresse.isPresent() || origine.adresseReseau() == null) {
            return parAdresse;
        }
        var depuisReseau = maintenant.minus(politique.fenetreReseau());
        return politique.prochaineDemandePossible(
                jetons.countByAdresseReseauAndCreeLeAfter(origine.adresseReseau(), depuisReseau),
                jetons.plusAncienneDemandeDepuis(origine.adresseReseau(), depuisReseau), politique.fenetreReseau(),
                politique.demandesParReseau());
    }

    private void noterRefus(String email, Verification verification, String methode, OrigineRequete origine) {
        switch (verification) {
            case Verification.Valide v -> {
            }
            case Verification.Bloque b -> journal.noter(email, EvenementConnexion.CODE_BLOQUE, methode, origine, null);
            case Verification.Incorrect i -> journal.noter(email, EvenementConnexion.CODE_REFUSE, methode, origine,
                    "essais restants : " + i.essaisRestants());
            default -> journal.noter(email,
                    "LIEN".equals(methode) ? EvenementConnexion.LIEN_REFUSE : EvenementConnexion.CODE_REFUSE, methode,
                    origine, verification.getClass().getSimpleName());
        }
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }
}
