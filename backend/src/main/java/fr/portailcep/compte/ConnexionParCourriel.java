package fr.portailcep.compte;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Systeme;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;
import fr.portailcep.shared.limites.ActionLimitee;
import fr.portailcep.shared.limites.Limiteur;

/**
 * Sign-up and sign-in by email. The person types an address and receives a courriel with a 6-digit code and a
 * link; either one, once, within 15 minutes, signs them in. The account of a new bénéficiaire is created only
 * when the code is accepted, so that a mistyped address creates nothing.
 * <p>
 * Staff who already have a passkey, and deactivated accounts, do not receive a code: they are told why by courriel,
 * and the request is recorded without any code or link ({@link AccesParCourriel}), so that nothing can be guessed.
 * The rule is checked again when the ticket is spent. Ten wrong codes within an hour for one address suspend
 * sign-in by email for that address for an hour ({@link PolitiqueVerrou}), with one notice by courriel.
 */
@Service
public class ConnexionParCourriel {

    private final JetonConnexionRepository jetons;
    private final CompteRepository comptes;
    private final CompteService compteService;
    private final ClesAcces clesAcces;
    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final JournalConnexions journal;
    private final Clock horloge;
    private final PolitiqueJeton politique = PolitiqueJeton.PAR_DEFAUT;
    private final Limiteur limiteur;
    private final VerrousConnexion verrous;
    private final PolitiqueVerrou politiqueVerrou;
    private final SessionsOuvertes sessions;

    ConnexionParCourriel(JetonConnexionRepository jetons, CompteRepository comptes, CompteService compteService,
            ClesAcces clesAcces,
            Courrier courrier, Textes textes, UrlPublique urlPublique, JournalConnexions journal, Clock horloge,
            Limiteur limiteur, VerrousConnexion verrous, SessionsOuvertes sessions,
            @Value("${portail.connexion.verrou.codes-faux:10}") int codesFauxAvantVerrou,
            @Value("${portail.connexion.verrou.fenetre:PT1H}") Duration fenetreVerrou,
            @Value("${portail.connexion.verrou.duree:PT1H}") Duration dureeVerrou) {
        this.limiteur = limiteur;
        this.verrous = verrous;
        this.sessions = sessions;
        this.politiqueVerrou = new PolitiqueVerrou(codesFauxAvantVerrou, fenetreVerrou, dureeVerrou);
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
        var limite = limiteAtteinte(email, prenom, origine);
        if (limite.isPresent()) {
            journal.noter(email.valeur(), EvenementConnexion.DEMANDE_LIMITEE, "CODE", origine, null);
            return new DemandeCode.TropDeDemandes(limite.get());
        }
        var verrou = politiqueVerrou.verrouJusqua(verrous.lire(email.valeur()), maintenant);
        if (verrou.isPresent()) {
            journal.noter(email.valeur(), EvenementConnexion.DEMANDE_LIMITEE, "CODE", origine,
                    "connexion par courriel suspendue après des codes faux");
            return new DemandeCode.Verrouillee(verrou.get());
        }
        var compte = comptes.findByEmail(email.valeur());
        var acces = AccesParCourriel.pour(compte, compte.map(clesAcces::possede).orElse(false));
        var code = Secrets.code();
        var secret = Secrets.secret();
        var jeton = acces == AccesParCourriel.OUVERT
                ? new JetonConnexion(email, vide(prenom), vide(nom), code, secret, origine.adresseReseau(),
                        maintenant, politique)
                // So that the page answers as for anyone (a code to type), without code nor link: nothing in it
                // can sign anyone in.
                : JetonConnexion.sansSecret(email, origine.adresseReseau(), maintenant, politique);
        if (acces == AccesParCourriel.COMPTE_DESACTIVE) {
            // A deactivated account gets no code; the page says the same as for anyone, the courriel says why.
            jetons.save(jeton);
            courrier.deposer(Courriel.a(email.valeur())
                    .sujet(textes.get("compte.courriel.desactive.sujet"))
                    .salutation(textes.get("courriel.bonjour", compte.get().prenom()))
                    .paragraphe(textes.get("compte.courriel.desactive.texte")));
        } else if (acces == AccesParCourriel.CLE_ACCES_SEULEMENT) {
            // Staff who own a passkey sign in with it.
            jetons.save(jeton);
            courrier.deposer(Courriel.a(email.valeur())
                    .sujet(textes.get("compte.courriel.pro.sujet"))
                    .salutation(textes.get("courriel.bonjour", compte.get().prenom()))
                    .paragraphe(textes.get("compte.courriel.pro.texte"))
                    .bouton(textes.get("compte.courriel.pro.bouton"), urlPublique.lien("/connexion")));
        } else {
            jetons.save(jeton);
            var lien = urlPublique.lien("/connexion/lien?jeton=" + jeton.id() + "&secret=" + secret);
            var heure = Formats.francais().heure(jeton.expireLe(), horloge.getZone());
            courrier.deposer(Courriel.a(email.valeur())
                    .sujet(textes.get("compte.courriel.code.sujet"))
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
        return jetons.verrouiller(jeton)
                .map(j -> {
                    var maintenant = horloge.instant();
                    var etat = verrous.lirePourMiseAJour(j.email());
                    var verrou = politiqueVerrou.verrouJusqua(etat, maintenant);
                    if (verrou.isPresent()) {
                        journal.noter(j.email(), EvenementConnexion.CODE_REFUSE, "CODE", origine,
                                "connexion par courriel suspendue");
                        return new Verification.Verrouillee(verrou.get());
                    }
                    var essaisAvant = j.essaisRates();
                    var v = j.verifierCode(saisie, maintenant, politique);
                    noterRefus(j.email(), v, "CODE", origine);
                    if (j.essaisRates() > essaisAvant) {
                        return compterEchec(j.email(), etat, maintenant, origine).orElse(v);
                    }
                    return v;
                })
                .orElse(new Verification.Inconnu());
    }

    @Transactional
    public Verification verifierLien(UUID jeton, String secret, OrigineRequete origine) {
        return jetons.verrouiller(jeton)
                .map(j -> {
                    var verrou = politiqueVerrou.verrouJusqua(verrous.lire(j.email()), horloge.instant());
                    if (verrou.isPresent()) {
                        journal.noter(j.email(), EvenementConnexion.LIEN_REFUSE, "LIEN", origine,
                                "connexion par courriel suspendue");
                        return new Verification.Verrouillee(verrou.get());
                    }
                    var v = j.verifierLien(secret, horloge.instant(), politique);
                    noterRefus(j.email(), v, "LIEN", origine);
                    return v;
                })
                .orElse(new Verification.Inconnu());
    }

    /**
     * Counts one wrong code for the address. When it is the one that locks it: the journal says so, and the person
     * is told once by courriel.
     *
     * @return the answer to give when the address just got locked
     */
    private Optional<Verification> compterEchec(String email, PolitiqueVerrou.Etat avant, Instant maintenant,
            OrigineRequete origine) {
        var apres = politiqueVerrou.apresEchec(avant, maintenant);
        verrous.enregistrer(email, apres);
        if (!politiqueVerrou.vientDeVerrouiller(avant, apres, maintenant)) {
            return Optional.empty();
        }
        var jusqua = apres.verrouilleJusqua();
        var heure = Formats.francais().heure(jusqua, horloge.getZone());
        journal.noter(email, EvenementConnexion.COURRIEL_VERROUILLE, "CODE", origine,
                politiqueVerrou.echecsMax() + " codes faux, suspendue jusqu’à " + heure);
        var compte = comptes.findByEmail(email);
        courrier.deposer(Courriel.a(email)
                .sujet(textes.get("compte.courriel.verrou.sujet"))
                .salutation(compte.map(c -> textes.get("courriel.bonjour", c.prenom()))
                        .orElse(textes.get("courriel.bonjour.anonyme")))
                .paragraphe(textes.get("compte.courriel.verrou.texte", heure))
                .paragraphe(textes.get("compte.courriel.verrou.vous"))
                .paragraphe(textes.get("compte.courriel.verrou.pasvous"))
                .cleIdempotence("verrou-connexion:" + email + ":" + jusqua));
        return Optional.of(new Verification.Verrouillee(jusqua));
    }

    /**
     * Spends a ticket issued by an accepted code or link, and creates the bénéficiaire's account on first sign-in.
     *
     * @return the email address to sign in, if the ticket is good
     */
    @Systeme
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
                .filter(j -> j.demo() || encoreOuvert(j))
                .map(j -> compteService
                        .creerOuRetrouverBeneficiaire(new AdresseCourriel(j.email()), j.prenom(), j.nom()).email());
    }

    /**
     * Confirms, with an accepted code, that the person signed in is who they say, without signing in again:
     * adding a passkey needs a recent authentication in the session.
     *
     * @param sessionId the session to mark as recently authenticated
     * @return false when the ticket is not good, or not this person's
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean confirmerIdentite(String ticketComplet, String sessionId, OrigineRequete origine) {
        var moi = compteService.exigerCompteConnecte();
        if (ticketComplet == null || !ticketComplet.contains(".")) {
            return false;
        }
        var point = ticketComplet.indexOf('.');
        UUID id;
        try {
            id = UUID.fromString(ticketComplet.substring(0, point));
        } catch (IllegalArgumentException e) {
            return false;
        }
        var ticket = ticketComplet.substring(point + 1);
        var confirme = jetons.verrouiller(id)
                .filter(j -> j.email().equals(moi.email()))
                .filter(j -> j.consommerTicket(ticket, horloge.instant()))
                .filter(this::encoreOuvert)
                .isPresent();
        if (confirme) {
            sessions.noterAuthentification(sessionId, moi.email());
            journal.noter(moi.email(), EvenementConnexion.IDENTITE_CONFIRMEE, "COURRIEL", origine, null);
        }
        return confirme;
    }

    /**
     * Checked again when the ticket is spent: the account may have been deactivated, or a passkey added, since the
     * code was accepted.
     */
    private boolean encoreOuvert(JetonConnexion jeton) {
        var compte = comptes.findByEmail(jeton.email());
        var acces = AccesParCourriel.pour(compte, compte.map(clesAcces::possede).orElse(false));
        if (acces == AccesParCourriel.OUVERT) {
            return true;
        }
        journal.noter(jeton.email(), EvenementConnexion.CONNEXION_ECHOUEE, "COURRIEL", OrigineRequete.INCONNUE,
                "ticket refusé : " + (acces == AccesParCourriel.COMPTE_DESACTIVE ? "compte désactivé"
                        : "une clé d’accès est exigée"));
        return false;
    }

    /**
     * Deletes the requests that expired more than a day ago, and the lock state of addresses with nothing recent;
     * the journal keeps the history.
     */
    @Systeme
    @Transactional
    public int purger() {
        var avant = horloge.instant().minus(Duration.ofDays(1));
        verrous.purger(avant);
        return jetons.purger(avant);
    }

    /** Demo only: a ticket without code. Package-private, reached through {@code ConnexionDemo}. */
    String ticketSansCode(Compte compte) {
        var jeton = new JetonConnexion(new AdresseCourriel(compte.email()), null, null, Secrets.code(),
                Secrets.secret(), null, horloge.instant(), politique);
        var ticket = jeton.ticketDirect(horloge.instant(), politique);
        jetons.save(jeton);
        return ticket;
    }

    /**
     * The limits of {@code shared.limites.LimitesDebit}: codes per address and per network; a sign-up (a first name
     * typed) is also limited as such.
     */
    private Optional<java.time.Instant> limiteAtteinte(AdresseCourriel email, String prenom, OrigineRequete origine) {
        var actions = vide(prenom) == null ? List.of(ActionLimitee.CODE_CONNEXION)
                : List.of(ActionLimitee.INSCRIPTION, ActionLimitee.CODE_CONNEXION);
        return limiteur.consommer(actions, email.valeur(), origine.adresseReseau());
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
