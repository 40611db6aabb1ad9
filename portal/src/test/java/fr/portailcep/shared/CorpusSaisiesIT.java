package fr.portailcep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionSystemException;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.ModeContact;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.DemandeCode;
import fr.portailcep.compte.EvenementConnexion;
import fr.portailcep.compte.GestionAcces;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.compte.JournalConnexions;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.compte.SessionsOuvertes;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.TypeLivrable;
import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.messagerie.PieceJointeRefusee;
import fr.portailcep.operateur.EquipeService;
import fr.portailcep.operateur.FermeturesSites;
import fr.portailcep.operateur.FicheSite;
import fr.portailcep.operateur.Invitation;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.SitesService;
import fr.portailcep.parcours.DonneesProfil;
import fr.portailcep.parcours.ElementIntrouvable;
import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.EngagementRefuse;
import fr.portailcep.parcours.RaisonPause;
import fr.portailcep.parcours.NatureAction;
import fr.portailcep.parcours.NouvelleAction;
import fr.portailcep.parcours.OperationRefusee;
import fr.portailcep.parcours.OrganismesService;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.SuiviConseiller;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.ProfilService;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.rendezvous.AgendaService;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.FiltreCreneaux;
import fr.portailcep.rendezvous.GestionRendezVous;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.OffreInvalide;
import fr.portailcep.rendezvous.OffreService;
import fr.portailcep.rendezvous.ReprisesRendezVous;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.rendezvous.StatutRendezVous;
import fr.portailcep.test.MethodesPubliques;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.ValeursPiegees;

/**
 * Proof 5 of issue 8: a corpus of bad values (over-long, NUL and other controls, lone surrogates, 100 KB,
 * direction overrides) and of unusual good ones (HTML, right-to-left text, emoji and accents) sent to every public
 * service command that takes text. The list of those commands is read from the code (public methods of the
 * {@code @Service} classes with a {@code String}, a record holding strings or a collection of them): a new one fails
 * this test until it says here how to call it. Each call ends in a clear refusal or a clean stored value, never in
 * a database error; the database is then searched for any character that should not be there.
 */
class CorpusSaisiesIT extends PortailIT {

    /** What kind of text an argument is, hence what the answer to a bad value must be. */
    enum Nature {
        /** Typed by a person and stored: a bad value is refused field by field (SaisieRefusee or equivalent). */
        TEXTE,
        /** A code, a number, an address, a token: any clear refusal or "not found", never an error. */
        CODE,
        /** Recorded by the system (journal, file name, browser): cleaned and stored, or refused. */
        NETTOYE
    }

    /** One text argument of a command (a parameter, or a component of a record parameter), and how to call it. */
    record Emplacement(String nom, Nature nature, String qui, Function<String, Object> appel) {
    }

    enum Issue {
        ACCEPTE, REFUS_DU_CHAMP, AUTRE_REFUS, ERREUR_DE_BASE, AUTRE_ERREUR
    }

    /**
     * Commands fed by the servlet container or Spring Security, never by what a person types (their origin, read
     * from the request headers, is an {@link OrigineRequete}: cleaned when built, as the calls below show).
     */
    private static final Map<String, String> SYSTEME = Map.ofEntries(
            Map.entry("SessionsOuvertes.getSessionInformation(String)", "identifiant de session du conteneur"),
            Map.entry("Enrolements.de(String, UUID)", "identifiant d’une clé lu dans la base par la cérémonie"),
            Map.entry("SessionsOuvertes.refreshLastRequest(String)", "identifiant de session du conteneur"),
            Map.entry("SessionsOuvertes.registerNewSession(String, Object)", "identifiant de session et compte connecté"),
            Map.entry("SessionsOuvertes.removeSessionInformation(String)", "identifiant de session du conteneur"),
            Map.entry("SessionsOuvertes.ouvrir(String, String, OrigineRequete)", "appelé par registerNewSession"),
            Map.entry("SessionsOuvertes.revoquerToutes(String)", "adresse d’un compte existant (GestionAcces)"),
            Map.entry("SessionsOuvertes.authentificationRecente(String)", "identifiant de session du conteneur"),
            Map.entry("GestionAcces.reinitialiserParLExploitation(AdresseCourriel, String)",
                    "référence écrite par l’exploitation dans la configuration, assainie dans les journaux"),
            Map.entry("JournalAudit.acte(ActionAudit, UUID, String, String)",
                    "objet et détail écrits par le code du portail, assainis à l’écriture"),
            Map.entry("JournalAudit.lecture(ActionAudit, UUID, String)",
                    "objet écrit par le code du portail, assaini à l’écriture"),
            Map.entry("JournalAudit.refus(UUID, UUID, String, String)",
                    "objet et détail écrits par le code du portail, assainis à l’écriture"));

    @Autowired
    SecurityContextHolderStrategy securite;
    // satisfaction
    @Autowired
    org.springframework.context.ApplicationContext contexteSatisfaction;
    @Autowired
    fr.portailcep.satisfaction.AvisParLien avisParLien;
    @Autowired
    fr.portailcep.satisfaction.SatisfactionService satisfaction;
    @Autowired
    fr.portailcep.satisfaction.ReprisesSatisfaction reprisesSatisfaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgendaService agenda;
    @Autowired
    LivrablesService livrables;
    @Autowired
    AiguillageService aiguillage;
    @Autowired
    BeneficiaireService beneficiaires;
    @Autowired
    ClesAcces clesAcces;
    @Autowired
    UserDetailsService utilisateurs;
    @Autowired
    CompteService comptes;
    @Autowired
    ConnexionParCourriel connexion;
    @Autowired
    EcheancesService echeances;
    @Autowired
    EquipeService equipe;
    @Autowired
    GestionAcces gestionAcces;
    @Autowired
    GestionRendezVous gestion;
    @Autowired
    JournalConnexions journal;
    @Autowired
    fr.portailcep.compte.ConnexionDemo connexionDemo;
    @Autowired
    fr.portailcep.compte.JournalAudit journalAudit;
    @Autowired
    MessagerieService messagerie;
    @Autowired
    fr.portailcep.mediation.MediationService mediation;
    @Autowired
    OffreService offre;
    @Autowired
    OrganismesService organismes;
    @Autowired
    ParcoursService parcours;
    @Autowired
    SuiviConseiller suivi;
    @Autowired
    PlanActionsService plan;
    @Autowired
    ProfilService profils;
    @Autowired
    Referentiels referentiels;
    @Autowired
    ReprisesRendezVous reprises;
    @Autowired
    ReservationService reservations;
    @Autowired
    CreneauxService creneaux;
    @Autowired
    SessionsOuvertes sessions;
    @Autowired
    SitesService sites;
    @Autowired
    OperateurService operateurs;
    @Autowired
    fr.portailcep.signature.VerificationsPubliques verifications;
    @Autowired
    fr.portailcep.signature.CeremonieSignature ceremonie;
    @Autowired
    fr.portailcep.signature.Enrolements enrolements;
    @Autowired
    fr.portailcep.signature.DocumentsASignerDeTest documentsDeTest;
    @Autowired
    fr.portailcep.reclamation.ReclamationsService reclamations;

    private final AtomicInteger compteur = new AtomicInteger();

    @Test
    void chaque_commande_qui_prend_du_texte_refuse_clairement_ou_garde_une_valeur_propre() throws Exception {
        var recettes = recettes();
        var decouvertes = commandesQuiPrennentDuTexte();

        // Every command found in the code is known here, with one way of calling it per text argument.
        var inconnues = new TreeSet<>(decouvertes.keySet());
        inconnues.removeAll(recettes.keySet());
        inconnues.removeAll(SYSTEME.keySet());
        assertThat(inconnues).as("Commandes qui prennent du texte sans recette dans ce test").isEmpty();
        var perimees = new TreeSet<>(recettes.keySet());
        perimees.removeAll(decouvertes.keySet());
        assertThat(perimees).as("Recettes de commandes qui n’existent plus").isEmpty();
        var incompletes = new TreeMap<String, String>();
        recettes.forEach((cle, emplacements) -> {
            if (emplacements.size() != decouvertes.get(cle)) {
                incompletes.put(cle, emplacements.size() + " emplacements pour " + decouvertes.get(cle) + " textes");
            }
        });
        assertThat(incompletes).as("Chaque texte d’une commande a son emplacement").isEmpty();

        var echecs = new ArrayList<String>();
        var valeurs = new ArrayList<ValeursPiegees.Valeur>();
        valeurs.addAll(ValeursPiegees.refusees());
        valeurs.addAll(ValeursPiegees.acceptees());
        recettes.forEach((commande, emplacements) -> {
            for (var emplacement : emplacements) {
                for (var valeur : valeurs) {
                    var resultat = appeler(emplacement, valeur.texte());
                    var attendu = attendu(emplacement.nature(), valeur, resultat);
                    if (attendu != null) {
                        echecs.add(commande + " [" + emplacement.nom() + "] « " + valeur.nom() + " » : " + attendu);
                    }
                }
            }
        });
        assertThat(echecs).as("Réponses aux valeurs du corpus").isEmpty();

        assertThat(caracteresInterditsEnBase()).as("Valeurs enregistrées qui ne sont pas propres").isEmpty();
    }

    // ------------------------------------------------------------------ the rule

    private record Resultat(Issue issue, Throwable erreur) {
    }

    /** Null when the answer is right; otherwise what is wrong. */
    private static String attendu(Nature nature, ValeursPiegees.Valeur valeur, Resultat resultat) {
        var issue = resultat.issue();
        if (issue == Issue.ERREUR_DE_BASE || issue == Issue.AUTRE_ERREUR) {
            return issue + " " + resume(resultat.erreur());
        }
        if (nature == Nature.TEXTE && !valeur.propre() && issue != Issue.REFUS_DU_CHAMP) {
            return "refus du champ attendu, obtenu " + issue + (resultat.erreur() == null ? "" : " " + resume(resultat.erreur()));
        }
        if (nature == Nature.TEXTE && valeur.propre() && issue == Issue.REFUS_DU_CHAMP
                && !(resultat.erreur() instanceof SaisieRefusee s
                        && s.erreurs().values().stream().allMatch(r -> r.cle().equals(Saisies.CLE_TROP_LONG)))) {
            return "valeur ordinaire refusée : " + resume(resultat.erreur());
        }
        if (nature == Nature.CODE && !valeur.propre() && issue == Issue.ACCEPTE) {
            return null; // a lookup that finds nothing, or a token that is not one
        }
        return null;
    }

    private Resultat appeler(Emplacement emplacement, String valeur) {
        try {
            if (emplacement.qui() == null) {
                securite.clearContext();
                emplacement.appel().apply(valeur);
            } else {
                personnes.enTantQue(emplacement.qui(), () -> emplacement.appel().apply(valeur));
            }
            return new Resultat(Issue.ACCEPTE, null);
        } catch (RuntimeException e) {
            return new Resultat(classer(e), e);
        } finally {
            securite.clearContext();
        }
    }

    private static Issue classer(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof SQLException
                    || cause instanceof jakarta.persistence.PersistenceException
                    || cause instanceof TransactionSystemException) {
                return Issue.ERREUR_DE_BASE;
            }
        }
        if (e instanceof SaisieRefusee || e instanceof SitesService.SiteRefuse
                || e instanceof EquipeService.InvitationRefusee || e instanceof OffreInvalide
                || e instanceof FermeturesSites.FermetureRefusee) {
            return Issue.REFUS_DU_CHAMP;
        }
        if (e instanceof IllegalArgumentException || e instanceof OperationRefusee || e instanceof EngagementRefuse
                || e instanceof fr.portailcep.shared.Introuvable || e instanceof PieceJointeRefusee
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof UsernameNotFoundException || e instanceof fr.portailcep.shared.ActeRefuse) {
            return Issue.AUTRE_REFUS;
        }
        return Issue.AUTRE_ERREUR;
    }

    private static String resume(Throwable e) {
        var texte = e.getClass().getSimpleName() + ": " + e.getMessage();
        return texte.length() > 300 ? texte.substring(0, 300) + "…" : texte;
    }

    /**
     * Every text column of the portal's tables: no control character (but line breaks and tabs), no direction
     * override, no non-character, and no "?" left by a lone surrogate of the corpus.
     */
    private List<String> caracteresInterditsEnBase() {
        var colonnes = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and data_type in ('character varying', 'text', 'character')
                  and table_name not in ('flyway_schema_history', 'scheduled_tasks', 'event_publication',
                                         'event_publication_archive')
                order by table_name, column_name
                """).query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).list();
        var fautes = new ArrayList<String>();
        for (var colonne : colonnes) {
            var n = jdbc.sql("select count(*) from " + colonne.get(0) + " where " + colonne.get(1)
                    + " ~ '[\\x01-\\x08\\x0B\\x0C\\x0D\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]'"
                    + " or " + colonne.get(1) + " like '%Cam?ille%' or " + colonne.get(1) + " like '%Camille?%'")
                    .query(Long.class).single();
            if (n > 0) {
                fautes.add(colonne.get(0) + "." + colonne.get(1) + " : " + n + " ligne(s)");
            }
        }
        return fautes;
    }

    // ------------------------------------------------------------------ the commands, read from the code

    /** "Classe.methode(Type, Type)" → how many texts it takes (strings, in its parameters and their records). */
    static Map<String, Integer> commandesQuiPrennentDuTexte() {
        var commandes = new TreeMap<String, Integer>();
        for (var methode : MethodesPubliques.desServices()) {
            var textes = Arrays.stream(methode.getGenericParameterTypes()).mapToInt(t -> textes(t, new HashSet<>()))
                    .sum();
            if (textes > 0) {
                commandes.put(MethodesPubliques.signature(methode), textes);
            }
        }
        return commandes;
    }

    private static int textes(Type type, Set<Type> vus) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> brut
                && (Collection.class.isAssignableFrom(brut) || java.util.Optional.class == brut)) {
            return Arrays.stream(p.getActualTypeArguments()).mapToInt(t -> textes(t, vus)).sum();
        }
        if (!(type instanceof Class<?> classe)) {
            return 0;
        }
        if (classe == String.class || classe == CharSequence.class) {
            return 1;
        }
        if (!classe.isRecord() || !vus.add(classe)) {
            return 0;
        }
        return Arrays.stream(classe.getRecordComponents()).mapToInt(c -> textes(c.getGenericType(), vus)).sum();
    }

    // ------------------------------------------------------------------ how to call each command


    private Map<String, List<Emplacement>> recettes() throws Exception {
        var p = personnes;
        var aujourdhui = LocalDate.now(horloge);
        var maintenant = horloge.instant();
        var julien = p.compte("julien.weber");
        var amina = p.compte("amina.keita");
        var strasbourg = operateurs.sites().stream().filter(s -> s.nom().startsWith("Strasbourg")).findFirst()
                .orElseThrow().id();
        var reims = operateurs.sites().stream().filter(s -> s.nom().startsWith("Reims")).findFirst().orElseThrow().id();

        // A person of the corpus, with a dossier followed by Julien Weber, a plan, a thread and an open request.
        var personne = p.nouveauBeneficiaire("corpus.saisies", "Corpus", "Saisies");
        var compteDeLaPersonne = p.compte("corpus.saisies");
        var objectif = p.enTantQue("julien.weber", () -> {
            parcours.engager(personne, new Engagement(UniteOeuvre.UO2_1, aujourdhui, true, Eligibilite.CONFIRMEE,
                    null, null, null, null));
            return plan.ajouterObjectif(personne, "Objectif du corpus").id();
        });
        Function<String, UUID> nouvelleAction = titre -> p.enTantQue("julien.weber",
                () -> plan.ajouterAction(objectif, new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null,
                        titre, null, null)).id());
        var actionCommune = nouvelleAction.apply("Action commentée du corpus");
        var livrableCommente = p.enTantQue("julien.weber",
                () -> livrables.rediger(personne, TypeLivrable.PROJET_PROFESSIONNEL).id());
        var fil = p.enTantQue("corpus.saisies", () -> messagerie.nouveauFil("Fil du corpus", "Bonjour", List.of()).id());
        var demande = echeances.ouvrirOuRetrouver(personne, Territoire.METROPOLE, maintenant, CanalDemande.EN_LIGNE,
                null, null).id();
        var pro = p.enTantQue("nadia.benali", () -> equipe.inviter(new Invitation("corpus.pro@exemple.fr", "Pro",
                "Corpus", Role.CONSEILLER, Set.of(strasbourg))).id());
        var siteDuCorpus = p.enTantQue("nadia.benali", () -> {
            var site = sites.creerSite(new FicheSite("Corpus – site de test", "1 rue du Test", "67000", "Strasbourg",
                    null, null, null));
            sites.desactiver(site.id());
            return site.id();
        });
        var jeton = ((DemandeCode.Envoyee) connexion.demanderCode(new AdresseCourriel("corpus.code@exemple.fr"), null,
                null, OrigineRequete.INCONNUE)).jeton();
        // A slot at Reims late in the horizon: the first booking takes it, the others find it taken.
        var proposes = creneaux.proposes(new FiltreCreneaux(Modalite.SUR_SITE, reims), CreneauxService.HORIZON_JOURS);
        var choix = ChoixCreneau.de(proposes.getLast(), Modalite.SUR_SITE);
        var png = png();

        // Far in the future, a new hour for each rendez-vous or absence, so that none overlaps another.
        var loin = aujourdhui.plusYears(3).atTime(LocalTime.of(3, 0)).atZone(ZoneId.of("Europe/Paris")).toInstant();
        Function<Integer, java.time.Instant> heure = n -> loin.plus(Duration.ofHours(2L * n));
        java.util.function.BiFunction<String, String, ContexteDemande> contexte = (reference, resume) ->
                new ContexteDemande(null, reference, Territoire.METROPOLE, maintenant, CanalDemande.EN_LIGNE, resume);
        Function<String, AdresseCourriel> nouvelleAdresse = prefixe -> new AdresseCourriel(
                prefixe + "." + compteur.incrementAndGet() + "@exemple.fr");
        Function<String, OrigineRequete> navigateur = v -> new OrigineRequete("127.0.0.1", v);
        Function<String, OrigineRequete> reseau = v -> new OrigineRequete(v, "Navigateur du corpus");
        Function<String, Reponses> domicile = cp -> new Reponses(Situation.SALARIE, fr.portailcep.aiguillage.Employeur.PRIVE,
                false, DejaSuivi.NON, false, TrancheAge.DE_26_A_49, cp, null, Motif.CHANGER_DE_METIER, null);
        Function<String, Reponses> travail = cp -> new Reponses(Situation.SALARIE, fr.portailcep.aiguillage.Employeur.PRIVE,
                false, DejaSuivi.NON, false, TrancheAge.DE_26_A_49, "67000", cp, Motif.CHANGER_DE_METIER, null);

        var r = new LinkedHashMap<String, List<Emplacement>>();
        r.put("AgendaService.annuler(UUID, String)", List.of(new Emplacement("motif", Nature.TEXTE, "julien.weber",
                v -> agenda.annuler(reprises.rendezVous(julien.id(), strasbourg, personne, null, Modalite.SUR_SITE,
                        heure.apply(compteur.incrementAndGet()), heure.apply(compteur.get()).plus(Duration.ofHours(1)),
                        StatutRendezVous.RESERVE, null, null, maintenant).id(), v))));
        r.put("AiguillageService.enregistrer(Reponses, ModeContact, UUID)", List.of(
                new Emplacement("codePostalDomicile", Nature.CODE, null,
                        v -> aiguillage.enregistrer(domicile.apply(v), ModeContact.EN_LIGNE, null)),
                new Emplacement("codePostalTravail", Nature.CODE, null,
                        v -> aiguillage.enregistrer(travail.apply(v), ModeContact.EN_LIGNE, null))));
        r.put("BeneficiaireService.completerIdentite(UUID, String, String, String)", List.of(
                new Emplacement("prenom", Nature.TEXTE, null, v -> {
                    beneficiaires.completerIdentite(personne, v, null, null);
                    return null;
                }),
                new Emplacement("nom", Nature.TEXTE, null, v -> {
                    beneficiaires.completerIdentite(personne, null, v, null);
                    return null;
                }),
                new Emplacement("telephone", Nature.CODE, null, v -> {
                    beneficiaires.completerIdentite(personne, null, null, v);
                    return null;
                })));
        r.put("ClesAcces.cleAjoutee(String, String, OrigineRequete)", List.of(
                new Emplacement("email", Nature.CODE, "corpus.saisies", v -> {
                    clesAcces.cleAjoutee(v, "Clé", OrigineRequete.INCONNUE);
                    return null;
                }),
                new Emplacement("libelle", Nature.NETTOYE, "corpus.saisies", v -> {
                    clesAcces.cleAjoutee(compteDeLaPersonne.email(), v, OrigineRequete.INCONNUE);
                    return null;
                }),
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, "corpus.saisies", v -> {
                    clesAcces.cleAjoutee(compteDeLaPersonne.email(), "Clé", reseau.apply(v));
                    return null;
                }),
                new Emplacement("origine.navigateur", Nature.NETTOYE, "corpus.saisies", v -> {
                    clesAcces.cleAjoutee(compteDeLaPersonne.email(), "Clé", navigateur.apply(v));
                    return null;
                })));
        var pasUnPdf = "pas un PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // The signing ceremony: every text is a sort, an id, a code or a browser's answer, refused when it is not
        // one; the reason of a refusal is a text, refused beside its field when it is not clean.
        var inconnu = UUID.randomUUID();
        java.util.function.Supplier<UUID> aSigner = () -> documentsDeTest.creer(null, List.of(
                new fr.portailcep.signature.DocumentASigner.Signataire(fr.portailcep.signature.RoleSignataire.BENEFICIAIRE,
                        compteDeLaPersonne.id(), "Personne du corpus",
                        fr.portailcep.signature.DocumentASigner.EtatSignataire.ATTENDU, null))).id;
        var sorteTest = fr.portailcep.signature.DocumentsASignerDeTest.SORTE;
        for (var lecture : List.<String>of("document", "maPlace", "preuves", "preparer", "demanderPapier",
                "copiePapier", "scans")) {
            r.put("CeremonieSignature." + lecture + "(String, UUID)", List.of(new Emplacement("sorte", Nature.CODE,
                    "corpus.saisies", v -> switch (lecture) {
                        case "document" -> ceremonie.document(v, inconnu);
                        case "maPlace" -> ceremonie.maPlace(v, inconnu);
                        case "preuves" -> ceremonie.preuves(v, inconnu);
                        case "preparer" -> ceremonie.preparer(v, inconnu);
                        case "demanderPapier" -> ceremonie.demanderPapier(v, inconnu);
                        case "copiePapier" -> ceremonie.copiePapier(v, inconnu);
                        default -> ceremonie.scans(v, inconnu);
                    })));
        }
        r.put("CeremonieSignature.refuser(String, UUID, String)", List.of(
                new Emplacement("sorte", Nature.CODE, "corpus.saisies", v -> ceremonie.refuser(v, inconnu, "Non")),
                new Emplacement("motif", Nature.TEXTE, "corpus.saisies",
                        v -> ceremonie.refuser(sorteTest, aSigner.get(), v))));
        r.put("CeremonieSignature.deposerScan(String, UUID, String, byte[], Set)", List.of(
                new Emplacement("sorte", Nature.CODE, "julien.weber",
                        v -> ceremonie.deposerScan(v, inconnu, "scan.pdf", pasUnPdf, java.util.Set.of())),
                new Emplacement("nom", Nature.NETTOYE, "julien.weber",
                        v -> ceremonie.deposerScan(sorteTest, inconnu, v, pasUnPdf, java.util.Set.of()))));
        r.put("CeremonieSignature.signer(UUID, String)", List.of(new Emplacement("credentialJson", Nature.CODE,
                "corpus.saisies", v -> ceremonie.signer(inconnu, v))));
        r.put("CeremonieSignature.signerParCode(UUID, String)", List.of(new Emplacement("code", Nature.CODE,
                "corpus.saisies", v -> ceremonie.signerParCode(inconnu, v))));
        r.put("Enrolements.verifierIdentite(UUID, String, PieceIdentite)", List.of(new Emplacement("credentialId",
                Nature.CODE, "julien.weber", v -> enrolements.verifierIdentite(inconnu, v,
                        fr.portailcep.signature.Enrolement.PieceIdentite.values()[0]))));
        r.put("VerificationsPubliques.scelleLe(String)", List.of(
                new Emplacement("empreinte", Nature.CODE, null, v -> verifications.scelleLe(v))));
        r.put("VerificationsPubliques.verifier(byte[], OrigineRequete)", List.of(
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, null,
                        v -> verifications.verifier(pasUnPdf, reseau.apply(v))),
                new Emplacement("origine.navigateur", Nature.NETTOYE, null,
                        v -> verifications.verifier(pasUnPdf, navigateur.apply(v)))));
        r.put("ClesAcces.supprimer(Compte, String, OrigineRequete)", List.of(
                new Emplacement("idCle", Nature.CODE, "corpus.saisies", v -> {
                    clesAcces.supprimer(compteDeLaPersonne, v, OrigineRequete.INCONNUE);
                    return null;
                }),
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, "corpus.saisies", v -> {
                    clesAcces.supprimer(compteDeLaPersonne, "cle-inconnue", reseau.apply(v));
                    return null;
                }),
                new Emplacement("origine.navigateur", Nature.NETTOYE, "corpus.saisies", v -> {
                    clesAcces.supprimer(compteDeLaPersonne, "cle-inconnue", navigateur.apply(v));
                    return null;
                })));
        r.put("ComptePortailUserDetailsService.loadUserByUsername(String)", List.of(
                new Emplacement("email", Nature.CODE, null, utilisateurs::loadUserByUsername)));
        r.put("CompteService.creerOuRetrouverBeneficiaire(AdresseCourriel, String, String)", List.of(
                new Emplacement("email", Nature.CODE, null,
                        v -> comptes.creerOuRetrouverBeneficiaire(new AdresseCourriel(v), "Corpus", "Compte")),
                new Emplacement("prenom", Nature.TEXTE, null,
                        v -> comptes.creerOuRetrouverBeneficiaire(nouvelleAdresse.apply("corpus.compte"), v, "Compte")),
                new Emplacement("nom", Nature.TEXTE, null,
                        v -> comptes.creerOuRetrouverBeneficiaire(nouvelleAdresse.apply("corpus.compte"), "Corpus", v))));
        r.put("CompteService.creerProfessionnel(AdresseCourriel, Role, String, String)", List.of(
                new Emplacement("email", Nature.CODE, null,
                        v -> comptes.creerProfessionnel(new AdresseCourriel(v), Role.MEDIATEUR, "Corpus", "Pro")),
                new Emplacement("prenom", Nature.TEXTE, null, v -> comptes.creerProfessionnel(
                        nouvelleAdresse.apply("corpus.mediateur"), Role.MEDIATEUR, v, "Pro")),
                new Emplacement("nom", Nature.TEXTE, null, v -> comptes.creerProfessionnel(
                        nouvelleAdresse.apply("corpus.mediateur"), Role.MEDIATEUR, "Corpus", v))));
        r.put("CompteService.noterConnexion(String)", List.of(new Emplacement("email", Nature.CODE, null, v -> {
            comptes.noterConnexion(v);
            return null;
        })));
        r.put("CompteService.parEmail(AdresseCourriel)", List.of(
                new Emplacement("email", Nature.CODE, null, v -> comptes.parEmail(new AdresseCourriel(v)))));
        r.put("ConnexionParCourriel.consommerTicket(String)", List.of(
                new Emplacement("ticket", Nature.CODE, null, connexion::consommerTicket)));
        r.put("ConnexionParCourriel.demanderCode(AdresseCourriel, String, String, OrigineRequete)", List.of(
                new Emplacement("email", Nature.CODE, null, v -> connexion.demanderCode(new AdresseCourriel(v), null,
                        null, OrigineRequete.INCONNUE)),
                new Emplacement("prenom", Nature.TEXTE, null, v -> connexion.demanderCode(
                        nouvelleAdresse.apply("corpus.inscription"), v, "Inscrit", OrigineRequete.INCONNUE)),
                new Emplacement("nom", Nature.TEXTE, null, v -> connexion.demanderCode(
                        nouvelleAdresse.apply("corpus.inscription"), "Corpus", v, OrigineRequete.INCONNUE)),
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, null, v -> connexion.demanderCode(
                        nouvelleAdresse.apply("corpus.origine"), null, null, reseau.apply(v))),
                new Emplacement("origine.navigateur", Nature.NETTOYE, null, v -> connexion.demanderCode(
                        nouvelleAdresse.apply("corpus.origine"), null, null, navigateur.apply(v)))));
        r.put("ConnexionParCourriel.verifierCode(UUID, String, OrigineRequete)", List.of(
                new Emplacement("code", Nature.CODE, null, v -> connexion.verifierCode(jeton, v, OrigineRequete.INCONNUE)),
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, null,
                        v -> connexion.verifierCode(jeton, "000000", reseau.apply(v))),
                new Emplacement("origine.navigateur", Nature.NETTOYE, null,
                        v -> connexion.verifierCode(jeton, "000000", navigateur.apply(v)))));
        r.put("ConnexionParCourriel.verifierLien(UUID, String, OrigineRequete)", List.of(
                new Emplacement("secret", Nature.CODE, null, v -> connexion.verifierLien(jeton, v, OrigineRequete.INCONNUE)),
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, null,
                        v -> connexion.verifierLien(jeton, "secret", reseau.apply(v))),
                new Emplacement("origine.navigateur", Nature.NETTOYE, null,
                        v -> connexion.verifierLien(jeton, "secret", navigateur.apply(v)))));
        r.put("EcheancesService.demanderRappel(UUID, String, String)", List.of(
                new Emplacement("telephone", Nature.CODE, null, v -> echeances.demanderRappel(demande, v, null)),
                new Emplacement("disponibilites", Nature.TEXTE, null,
                        v -> echeances.demanderRappel(demande, "06 12 34 56 78", v))));
        r.put("EcheancesService.ouvrirOuRetrouver(UUID, Territoire, Instant, CanalDemande, UUID, String)", List.of(
                new Emplacement("reference", Nature.CODE, null, v -> echeances.ouvrirOuRetrouver(personne,
                        Territoire.METROPOLE, maintenant, CanalDemande.EN_LIGNE, UUID.randomUUID(), v))));
        for (var acte : List.of("desactiver", "reactiver", "reinitialiserAcces")) {
            r.put("EquipeService." + acte + "(UUID, OrigineRequete)", List.of(
                    new Emplacement("origine.adresseReseau", Nature.NETTOYE, "nadia.benali",
                            v -> acteSurPro(acte, pro, reseau.apply(v), true)),
                    new Emplacement("origine.navigateur", Nature.NETTOYE, "nadia.benali",
                            v -> acteSurPro(acte, pro, navigateur.apply(v), true))));
        }
        for (var acte : List.of("desactiver", "reactiver", "reinitialiser")) {
            r.put("GestionAcces." + acte + "(UUID, OrigineRequete)", List.of(
                    new Emplacement("origine.adresseReseau", Nature.NETTOYE, "nadia.benali",
                            v -> acteSurPro(acte, pro, reseau.apply(v), false)),
                    new Emplacement("origine.navigateur", Nature.NETTOYE, "nadia.benali",
                            v -> acteSurPro(acte, pro, navigateur.apply(v), false))));
        }
        r.put("EquipeService.inviter(Invitation)", List.of(
                new Emplacement("email", Nature.CODE, "nadia.benali",
                        v -> equipe.inviter(new Invitation(v, "Corpus", "Invité", Role.CONSEILLER, Set.of(strasbourg)))),
                new Emplacement("prenom", Nature.TEXTE, "nadia.benali", v -> equipe.inviter(new Invitation(
                        nouvelleAdresse.apply("corpus.invite").valeur(), v, "Invité", Role.CONSEILLER, Set.of(strasbourg)))),
                new Emplacement("nom", Nature.TEXTE, "nadia.benali", v -> equipe.inviter(new Invitation(
                        nouvelleAdresse.apply("corpus.invite").valeur(), "Corpus", v, Role.CONSEILLER, Set.of(strasbourg))))));
        r.put("GestionRendezVous.annuler(String)", List.of(new Emplacement("jeton", Nature.CODE, null, gestion::annuler)));
        r.put("GestionRendezVous.consulter(String)", List.of(new Emplacement("jeton", Nature.CODE, null, gestion::consulter)));
        r.put("GestionRendezVous.deplacer(String, ChoixCreneau)", List.of(
                new Emplacement("jeton", Nature.CODE, null, v -> gestion.deplacer(v, choix))));
        r.put("JournalConnexions.compter(String, EvenementConnexion)", List.of(
                new Emplacement("email", Nature.CODE, null, v -> journal.compter(v, EvenementConnexion.CODE_DEMANDE))));
        r.put("JournalConnexions.noter(String, EvenementConnexion, String, OrigineRequete, String)", List.of(
                new Emplacement("email", Nature.NETTOYE, null, v -> noter(v, "CODE", OrigineRequete.INCONNUE, null)),
                new Emplacement("methode", Nature.NETTOYE, null,
                        v -> noter("corpus@exemple.fr", v, OrigineRequete.INCONNUE, null)),
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, null,
                        v -> noter("corpus@exemple.fr", "CODE", reseau.apply(v), null)),
                new Emplacement("origine.navigateur", Nature.NETTOYE, null,
                        v -> noter("corpus@exemple.fr", "CODE", navigateur.apply(v), null)),
                new Emplacement("detail", Nature.NETTOYE, null,
                        v -> noter("corpus@exemple.fr", "CODE", OrigineRequete.INCONNUE, v))));
        r.put("MessagerieService.nouveauFil(String, String, List)", List.of(
                new Emplacement("sujet", Nature.TEXTE, "corpus.saisies", v -> messagerie.nouveauFil(v, "Texte", List.of())),
                new Emplacement("texte", Nature.TEXTE, "corpus.saisies", v -> messagerie.nouveauFil("Sujet", v, List.of())),
                new Emplacement("fichiers.nom", Nature.NETTOYE, "corpus.saisies",
                        v -> messagerie.nouveauFil("Sujet", "Texte", List.of(new FichierEnvoye(v, png))))));
        r.put("MessagerieService.ecrireA(UUID, String, String, List)", List.of(
                new Emplacement("sujet", Nature.TEXTE, "julien.weber",
                        v -> messagerie.ecrireA(personne, v, "Texte", List.of())),
                new Emplacement("texte", Nature.TEXTE, "julien.weber",
                        v -> messagerie.ecrireA(personne, "Sujet", v, List.of())),
                new Emplacement("fichiers.nom", Nature.NETTOYE, "julien.weber",
                        v -> messagerie.ecrireA(personne, "Sujet", "Texte", List.of(new FichierEnvoye(v, png))))));
        r.put("MessagerieService.repondre(UUID, String, List)", List.of(
                new Emplacement("texte", Nature.TEXTE, "corpus.saisies", v -> messagerie.repondre(fil, v, List.of())),
                new Emplacement("fichiers.nom", Nature.NETTOYE, "corpus.saisies",
                        v -> messagerie.repondre(fil, "Texte", List.of(new FichierEnvoye(v, png))))));
        r.put("OffreService.ajouterAbsence(UUID, LocalDate, LocalDate, String)", List.of(
                new Emplacement("motif", Nature.TEXTE, "julien.weber", v -> {
                    var jour = aujourdhui.plusYears(4).plusDays(compteur.incrementAndGet());
                    return offre.ajouterAbsence(julien.id(), jour, jour, v);
                })));
        r.put("OffreService.fermerSite(UUID, LocalDate, LocalDate, String)", List.of(
                new Emplacement("motif", Nature.TEXTE, "nadia.benali", v -> {
                    var jour = aujourdhui.plusYears(4).plusDays(compteur.incrementAndGet());
                    return offre.fermerSite(siteDuCorpus, jour, jour, v);
                })));
        r.put("OrganismesService.delivrant(String)", List.of(
                new Emplacement("prestationCode", Nature.CODE, "corpus.saisies", organismes::delivrant)));
        r.put("ParcoursService.changerReferent(UUID, UUID, String)", List.of(
                new Emplacement("motif", Nature.TEXTE, "nadia.benali", v -> {
                    parcours.changerReferent(personne, amina.id(), v);
                    parcours.changerReferent(personne, julien.id(), "Retour au référent du corpus");
                    return null;
                })));
        r.put("ParcoursService.cloreDossier(UUID, String)", List.of(
                new Emplacement("motif", Nature.TEXTE, "julien.weber", v -> {
                    parcours.cloreDossier(personne, v);
                    return null;
                })));
        r.put("ParcoursService.engager(UUID, Engagement)", List.of(
                new Emplacement("origine", Nature.CODE, "julien.weber", v -> parcours.engager(personne,
                        new Engagement(UniteOeuvre.UO2_1, aujourdhui, true, Eligibilite.CONFIRMEE, v, null, null, null))),
                new Emplacement("motif", Nature.CODE, "julien.weber", v -> parcours.engager(personne,
                        new Engagement(UniteOeuvre.UO2_1, aujourdhui, true, Eligibilite.CONFIRMEE, null, v, null, null))),
                new Emplacement("motifDetaille", Nature.CODE, "julien.weber", v -> parcours.engager(personne,
                        new Engagement(UniteOeuvre.UO2_1, aujourdhui, true, Eligibilite.CONFIRMEE, null, null, v, null)))));
        r.put("ParcoursService.noterInteraction(UUID, LocalDate, String, Set, String)", List.of(
                new Emplacement("modeContact", Nature.CODE, "julien.weber",
                        v -> parcours.noterInteraction(personne, aujourdhui, v, Set.of(), null)),
                new Emplacement("typesService", Nature.CODE, "julien.weber",
                        v -> parcours.noterInteraction(personne, aujourdhui, "TELEPHONE", Set.of(v), null)),
                new Emplacement("note", Nature.TEXTE, "julien.weber",
                        v -> parcours.noterInteraction(personne, aujourdhui, "TELEPHONE", Set.of(), v))));
        r.put("ParcoursService.ouvrirSurDemande(UUID, String, UUID)", List.of(
                new Emplacement("origine", Nature.CODE, null, v -> parcours.ouvrirSurDemande(personne, v, strasbourg))));
        r.put("ConnexionDemo.ticketPour(UUID, OrigineRequete)", List.of(
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, null,
                        v -> connexionDemo.ticketPour(compteDeLaPersonne.id(), reseau.apply(v))),
                new Emplacement("origine.navigateur", Nature.NETTOYE, null,
                        v -> connexionDemo.ticketPour(compteDeLaPersonne.id(), navigateur.apply(v)))));
        r.put("BeneficiaireService.rechercher(String)", List.of(
                new Emplacement("texte", Nature.CODE, "julien.weber", beneficiaires::rechercher)));
        r.put("AiguillageService.enregistrerEnLigne(Reponses, OrigineRequete)", List.of(
                new Emplacement("codePostalDomicile", Nature.CODE, null,
                        v -> aiguillage.enregistrerEnLigne(domicile.apply(v), OrigineRequete.INCONNUE)),
                new Emplacement("codePostalTravail", Nature.CODE, null,
                        v -> aiguillage.enregistrerEnLigne(travail.apply(v), OrigineRequete.INCONNUE)),
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, null,
                        v -> aiguillage.enregistrerEnLigne(domicile.apply("67000"), reseau.apply(v))),
                new Emplacement("origine.navigateur", Nature.NETTOYE, null,
                        v -> aiguillage.enregistrerEnLigne(domicile.apply("67000"), navigateur.apply(v)))));
        r.put("ConnexionParCourriel.confirmerIdentite(String, String, OrigineRequete)", List.of(
                new Emplacement("ticketComplet", Nature.CODE, "corpus.saisies",
                        v -> connexion.confirmerIdentite(v, "session-du-corpus", OrigineRequete.INCONNUE)),
                new Emplacement("sessionId", Nature.CODE, "corpus.saisies",
                        v -> connexion.confirmerIdentite(UUID.randomUUID() + ".ticket", v, OrigineRequete.INCONNUE)),
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, "corpus.saisies",
                        v -> connexion.confirmerIdentite(UUID.randomUUID() + ".ticket", "session", reseau.apply(v))),
                new Emplacement("origine.navigateur", Nature.NETTOYE, "corpus.saisies",
                        v -> connexion.confirmerIdentite(UUID.randomUUID() + ".ticket", "session", navigateur.apply(v)))));
        r.put("JournalAudit.compter(Recherche, ZoneId)", List.of(new Emplacement("texte", Nature.TEXTE,
                "nadia.benali", v -> journalAudit.compter(new JournalAudit.Recherche(null, null, null, null, null, v),
                        ZoneId.of("Europe/Paris")))));
        r.put("JournalAudit.rechercher(Recherche, int, int, ZoneId)", List.of(new Emplacement("texte", Nature.TEXTE,
                "nadia.benali", v -> journalAudit.rechercher(new JournalAudit.Recherche(null, null, null, null, null,
                        v), 0, 10, ZoneId.of("Europe/Paris")))));
        r.put("JournalAudit.noterRecherche(Recherche)", List.of(new Emplacement("texte", Nature.TEXTE,
                "nadia.benali", v -> {
                    journalAudit.noterRecherche(new JournalAudit.Recherche(null, null, null, null, null, v));
                    return null;
                })));
        r.put("SuiviConseiller.rechercher(String)", List.of(
                new Emplacement("texte", Nature.CODE, "julien.weber", suivi::rechercher)));
        r.put("PlanActionsService.abandonner(UUID, String)", List.of(new Emplacement("motif", Nature.TEXTE,
                "corpus.saisies", v -> plan.abandonner(nouvelleAction.apply("À abandonner"), v))));
        r.put("PlanActionsService.annuler(UUID, String)", List.of(new Emplacement("motif", Nature.TEXTE,
                "julien.weber", v -> plan.annuler(nouvelleAction.apply("À annuler"), v))));
        r.put("PlanActionsService.mettreEnPause(UUID, RaisonPause, String)", List.of(new Emplacement("motif",
                Nature.TEXTE, "corpus.saisies",
                v -> plan.mettreEnPause(nouvelleAction.apply("À mettre en pause"), RaisonPause.AUTRE, v))));
        r.put("LivrablesService.commenter(UUID, String)", List.of(new Emplacement("texte", Nature.TEXTE,
                "corpus.saisies", v -> livrables.commenter(livrableCommente, v))));
        r.put("PlanActionsService.commenter(UUID, String)", List.of(new Emplacement("texte", Nature.TEXTE,
                "corpus.saisies", v -> plan.commenter(actionCommune, v))));
        r.put("PlanActionsService.ajouterObjectif(UUID, String)", List.of(new Emplacement("intitule", Nature.TEXTE,
                "julien.weber", v -> plan.ajouterObjectif(personne, v))));
        r.put("PlanActionsService.proposer(UUID, String, String, LocalDate)", List.of(
                new Emplacement("intitule", Nature.TEXTE, "corpus.saisies", v -> plan.proposer(objectif, v, null, null)),
                new Emplacement("precisions", Nature.TEXTE, "corpus.saisies",
                        v -> plan.proposer(objectif, "Proposition", v, null))));
        r.put("PlanActionsService.ajouterAction(UUID, NouvelleAction)", nouvelleActionEmplacements(
                nouvelle -> plan.ajouterAction(objectif, nouvelle)));
        r.put("PlanActionsService.modifier(UUID, NouvelleAction)", nouvelleActionEmplacements(
                nouvelle -> plan.modifier(actionCommune, nouvelle)));
        r.put("ProfilService.enregistrer(UUID, DonneesProfil)", profilEmplacements(personne));
        r.put("Referentiels.exigerValide(Referentiel, String)", List.of(new Emplacement("code", Nature.CODE, null, v -> {
            referentiels.exigerValide(Referentiel.MODE_CONTACT, v);
            return null;
        })));
        r.put("Referentiels.libelle(Referentiel, String)", List.of(
                new Emplacement("code", Nature.CODE, null, v -> referentiels.libelle(Referentiel.MODE_CONTACT, v))));
        r.put("Referentiels.valeur(Referentiel, String)", List.of(
                new Emplacement("code", Nature.CODE, null, v -> referentiels.valeur(Referentiel.MODE_CONTACT, v))));
        r.put("ReprisesRendezVous.absence(UUID, Instant, Instant, String, Instant)", List.of(
                new Emplacement("motif", Nature.TEXTE, null, v -> reprises.absence(julien.id(),
                        heure.apply(compteur.incrementAndGet()), heure.apply(compteur.get()).plus(Duration.ofHours(1)), v,
                        maintenant))));
        r.put("ReprisesRendezVous.rendezVous(UUID, UUID, UUID, UUID, Modalite, Instant, Instant, StatutRendezVous, String, String, Instant)",
                List.of(new Emplacement("resume", Nature.TEXTE, null, v -> reprises.rendezVous(amina.id(), strasbourg,
                        personne, null, Modalite.SUR_SITE, heure.apply(compteur.incrementAndGet()),
                        heure.apply(compteur.get()).plus(Duration.ofHours(1)), StatutRendezVous.RESERVE, v, null,
                        maintenant)),
                        new Emplacement("besoin", Nature.TEXTE, null, v -> reprises.rendezVous(amina.id(), strasbourg,
                                personne, null, Modalite.SUR_SITE, heure.apply(compteur.incrementAndGet()),
                                heure.apply(compteur.get()).plus(Duration.ofHours(1)), StatutRendezVous.RESERVE, null,
                                v, maintenant))));
        r.put("ReservationService.reserver(ContexteDemande, ChoixCreneau, Identite, String, OrigineRequete)",
                reservationEmplacements(null, (ctx, identite, besoin) -> reservations.reserver(ctx, choix, identite,
                        besoin, OrigineRequete.INCONNUE), contexte, nouvelleAdresse,
                        origine -> reservations.reserver(contexte.apply(null, "Résumé"), choix, new Identite("Corpus",
                                "Origine", nouvelleAdresse.apply("corpus.origine"), "06 12 34 56 78"), null, origine)));
        r.put("ReservationService.reserverPourUnAppel(ContexteDemande, ChoixCreneau, Identite, String)",
                reservationEmplacements("julien.weber",
                        (ctx, identite, besoin) -> reservations.reserverPourUnAppel(ctx, choix, identite, besoin),
                        contexte, nouvelleAdresse));
        r.put("ReservationService.demanderRappel(ContexteDemande, Identite, String, OrigineRequete)",
                reservationEmplacements(null, (ctx, identite, disponibilites) -> reservations.demanderRappel(ctx,
                        identite, disponibilites, OrigineRequete.INCONNUE), contexte, nouvelleAdresse,
                        origine -> reservations.demanderRappel(contexte.apply(null, "Résumé"), new Identite("Corpus",
                                "Origine", nouvelleAdresse.apply("corpus.origine"), "06 12 34 56 78"), null, origine)));
        r.put("SessionsOuvertes.mesSessions(Compte, String)", List.of(new Emplacement("sessionCourante", Nature.CODE,
                "corpus.saisies", v -> sessions.mesSessions(compteDeLaPersonne, v))));
        r.put("SessionsOuvertes.revoquer(Compte, UUID, OrigineRequete)", List.of(
                new Emplacement("origine.adresseReseau", Nature.NETTOYE, "corpus.saisies",
                        v -> sessions.revoquer(compteDeLaPersonne, UUID.randomUUID(), reseau.apply(v))),
                new Emplacement("origine.navigateur", Nature.NETTOYE, "corpus.saisies",
                        v -> sessions.revoquer(compteDeLaPersonne, UUID.randomUUID(), navigateur.apply(v)))));
        r.put("SitesService.creerSite(FicheSite)", ficheSiteEmplacements(fiche -> {
            var site = sites.creerSite(fiche);
            sites.desactiver(site.id());
            return site;
        }));
        // reclamation: the person files, the correspondant (Nadia Benali, manager of the person's site) records a
        // letter, notes, drafts and answers (each answer on a new réclamation: an answer is sent once).
        java.util.function.BiFunction<String, String, fr.portailcep.reclamation.NouvelleReclamation> nouvelle =
                (faits, attentes) -> new fr.portailcep.reclamation.NouvelleReclamation("ACCUEIL", faits, attentes,
                        List.of());
        java.util.function.Supplier<UUID> reclamationDuCorpus = () -> p.enTantQue("corpus.saisies",
                () -> reclamations.deposer(nouvelle.apply("Faits du corpus", null)).id());
        var reclamationOuverte = reclamationDuCorpus.get();
        var reclamationRepondue = reclamationDuCorpus.get();
        p.faire("nadia.benali", () -> reclamations.envoyerReponse(reclamationRepondue, "Réponse du corpus"));
        r.put("ReclamationsService.deposer(NouvelleReclamation)", List.of(
                new Emplacement("motif", Nature.CODE, "corpus.saisies", v -> reclamations.deposer(
                        new fr.portailcep.reclamation.NouvelleReclamation(v, "Faits", null, List.of()))),
                new Emplacement("faits", Nature.TEXTE, "corpus.saisies",
                        v -> reclamations.deposer(nouvelle.apply(v, null))),
                new Emplacement("attentes", Nature.TEXTE, "corpus.saisies",
                        v -> reclamations.deposer(nouvelle.apply("Faits", v))),
                new Emplacement("pieces.nom", Nature.NETTOYE, "corpus.saisies", v -> reclamations.deposer(
                        new fr.portailcep.reclamation.NouvelleReclamation("ACCUEIL", "Faits", null,
                                List.of(new FichierEnvoye(v, png)))))));
        Function<fr.portailcep.reclamation.NouvelleReclamation, fr.portailcep.reclamation.ReclamationRecue> courrier =
                n -> new fr.portailcep.reclamation.ReclamationRecue(personne,
                        fr.portailcep.reclamation.CanalReclamation.COURRIER, LocalDate.now(horloge), n);
        r.put("ReclamationsService.enregistrer(ReclamationRecue)", List.of(
                new Emplacement("reclamation.motif", Nature.CODE, "nadia.benali", v -> reclamations.enregistrer(
                        courrier.apply(new fr.portailcep.reclamation.NouvelleReclamation(v, "Faits", null, List.of())))),
                new Emplacement("reclamation.faits", Nature.TEXTE, "nadia.benali",
                        v -> reclamations.enregistrer(courrier.apply(nouvelle.apply(v, null)))),
                new Emplacement("reclamation.attentes", Nature.TEXTE, "nadia.benali",
                        v -> reclamations.enregistrer(courrier.apply(nouvelle.apply("Faits", v)))),
                new Emplacement("reclamation.pieces.nom", Nature.NETTOYE, "nadia.benali",
                        v -> reclamations.enregistrer(courrier.apply(new fr.portailcep.reclamation.NouvelleReclamation(
                                "ACCUEIL", "Faits", null, List.of(new FichierEnvoye(v, png))))))));
        r.put("ReclamationsService.noter(UUID, String)", List.of(new Emplacement("note", Nature.TEXTE, "nadia.benali",
                v -> reclamations.noter(reclamationOuverte, v))));
        r.put("ReclamationsService.enregistrerBrouillon(UUID, String)", List.of(new Emplacement("reponse",
                Nature.TEXTE, "nadia.benali", v -> reclamations.enregistrerBrouillon(reclamationOuverte, v))));
        r.put("ReclamationsService.envoyerReponse(UUID, String)", List.of(new Emplacement("reponse", Nature.TEXTE,
                "nadia.benali", v -> reclamations.envoyerReponse(reclamationDuCorpus.get(), v))));
        r.put("ReclamationsService.donnerAvis(UUID, boolean, String)", List.of(new Emplacement("raison",
                Nature.TEXTE, "corpus.saisies", v -> reclamations.donnerAvis(reclamationRepondue, false, v))));
        r.put("SitesService.modifierSite(UUID, FicheSite)", ficheSiteEmplacements(fiche -> sites.modifierSite(siteDuCorpus, fiche)));

        // mediation
        // Referrals of the person of the corpus recorded by the médiateur: one admissible (both threads open), one to
        // rule on, one admissible whose outcome is recorded once (the next values are refused by its state).
        var marc = "marc.lefevre";
        Function<Boolean, UUID> saisine = recevable -> p.enTantQue(marc, () -> {
            var s = mediation.enregistrer(new fr.portailcep.mediation.SaisineRecue(compteDeLaPersonne.email(),
                    fr.portailcep.mediation.OrigineSaisine.COURRIER, aujourdhui, "Corpus"));
            return recevable ? mediation.statuer(s.id(), true, "Recevable").id() : s.id();
        });
        var recevable = saisine.apply(true);
        var aStatuer = saisine.apply(false);
        var pourLIssue = saisine.apply(true);
        var origine = fr.portailcep.mediation.OrigineSaisine.FORMULAIRE_FRANCE_COMPETENCES;
        r.put("MediationService.saisir(NouvelleSaisine)", List.of(new Emplacement("demande", Nature.TEXTE,
                "corpus.saisies", v -> mediation.saisir(new fr.portailcep.mediation.NouvelleSaisine(UUID.randomUUID(), v)))));
        r.put("MediationService.ecrireAuMediateur(UUID, String)", List.of(new Emplacement("texte", Nature.TEXTE,
                "corpus.saisies", v -> mediation.ecrireAuMediateur(recevable, v))));
        r.put("MediationService.enregistrer(SaisineRecue)", List.of(
                new Emplacement("personne", Nature.CODE, marc, v -> mediation.enregistrer(
                        new fr.portailcep.mediation.SaisineRecue(v, origine, aujourdhui, "Corpus"))),
                new Emplacement("demande", Nature.TEXTE, marc, v -> mediation.enregistrer(
                        new fr.portailcep.mediation.SaisineRecue(compteDeLaPersonne.email(), origine, aujourdhui, v)))));
        r.put("MediationService.statuer(UUID, boolean, String)", List.of(new Emplacement("motif", Nature.TEXTE, marc,
                v -> mediation.statuer(aStatuer, false, v))));
        r.put("MediationService.ecrire(UUID, FilSaisine, String)", List.of(new Emplacement("texte", Nature.TEXTE, marc,
                v -> mediation.ecrire(recevable, fr.portailcep.mediation.FilSaisine.CORRESPONDANT, v))));
        r.put("MediationService.enregistrerIssue(UUID, IssueSaisine, String)", List.of(new Emplacement("texte",
                Nature.TEXTE, marc, v -> mediation.enregistrerIssue(pourLIssue,
                        fr.portailcep.mediation.IssueSaisine.ACCORD_AMIABLE, v))));
        r.put("MediationService.repondreAuMediateur(UUID, String)", List.of(new Emplacement("texte", Nature.TEXTE,
                "nadia.benali", v -> mediation.repondreAuMediateur(recevable, v))));
        // satisfaction: the person's comment on their survey (a text, refused beside its field when not clean), and
        // the one-tap link's token (anything but a token of the portal records nothing).
        var enquete = fr.portailcep.satisfaction.EnquetesDeTest.creer(contexteSatisfaction, personne, julien.id(),
                strasbourg);
        r.put("SatisfactionService.repondre(UUID, ReponseAvis)", List.of(new Emplacement("commentaire", Nature.TEXTE,
                "corpus.saisies", v -> satisfaction.repondre(enquete, new fr.portailcep.satisfaction.ReponseAvis(
                        fr.portailcep.satisfaction.Niveau.PLUTOT_OUI, null, v)))));
        r.put("AvisParLien.repondre(String)", List.of(new Emplacement("jeton", Nature.CODE, null,
                v -> avisParLien.repondre(v))));
        r.put("AvisParLien.lire(String)", List.of(new Emplacement("jeton", Nature.CODE, null,
                v -> avisParLien.lire(v))));
        r.put("ReprisesSatisfaction.enqueteRepondue(UUID, UniteOeuvre, UUID, UUID, LocalDate, Niveau, Niveau, String)",
                List.of(new Emplacement("commentaire", Nature.TEXTE, null, v -> reprisesSatisfaction.enqueteRepondue(
                        personne, UniteOeuvre.UO1, null, strasbourg, aujourdhui.minusDays(60),
                        fr.portailcep.satisfaction.Niveau.PLUTOT_OUI, fr.portailcep.satisfaction.Niveau.PLUTOT_NON, v))));
        return r;
    }

    private Object noter(String email, String methode, OrigineRequete origine, String detail) {
        journal.noter(email, EvenementConnexion.CODE_DEMANDE, methode, origine, detail);
        return null;
    }

    private Object acteSurPro(String acte, UUID pro, OrigineRequete origine, boolean parEquipe) {
        switch (acte) {
            case "desactiver" -> {
                if (parEquipe) {
                    equipe.desactiver(pro, origine);
                    equipe.reactiver(pro, OrigineRequete.INCONNUE);
                } else {
                    gestionAcces.desactiver(pro, origine);
                    gestionAcces.reactiver(pro, OrigineRequete.INCONNUE);
                }
            }
            case "reactiver" -> {
                if (parEquipe) {
                    equipe.desactiver(pro, OrigineRequete.INCONNUE);
                    equipe.reactiver(pro, origine);
                } else {
                    gestionAcces.desactiver(pro, OrigineRequete.INCONNUE);
                    gestionAcces.reactiver(pro, origine);
                }
            }
            default -> {
                if (parEquipe) {
                    equipe.reinitialiserAcces(pro, origine);
                } else {
                    gestionAcces.reinitialiser(pro, origine);
                }
            }
        }
        return null;
    }

    private List<Emplacement> nouvelleActionEmplacements(Function<NouvelleAction, Object> appel) {
        return List.of(
                new Emplacement("typeCode", Nature.CODE, "julien.weber", v -> appel.apply(new NouvelleAction(
                        NatureAction.PRESTATION_COMPLEMENTAIRE, v, null, "Action", null, null))),
                new Emplacement("financementCode", Nature.CODE, "julien.weber", v -> appel.apply(new NouvelleAction(
                        NatureAction.DEMARCHE_PERSONNELLE, null, v, "Action", null, null))),
                new Emplacement("intitule", Nature.TEXTE, "julien.weber", v -> appel.apply(new NouvelleAction(
                        NatureAction.DEMARCHE_PERSONNELLE, null, null, v, null, null))),
                new Emplacement("precisions", Nature.TEXTE, "julien.weber", v -> appel.apply(new NouvelleAction(
                        NatureAction.DEMARCHE_PERSONNELLE, null, null, "Action", v, null))));
    }

    private List<Emplacement> profilEmplacements(UUID personne) {
        var champs = new ArrayList<Emplacement>();
        var codes = Set.of("sexe", "adresseCodePostal", "statutEmploi", "niveauFormation", "secteurNaf",
                "tailleEntreprise", "categorieSociale", "entrepriseCodePostal");
        for (var composant : DonneesProfil.class.getRecordComponents()) {
            if (composant.getType() != String.class) {
                continue;
            }
            var nom = composant.getName();
            champs.add(new Emplacement(nom, codes.contains(nom) ? Nature.CODE : Nature.TEXTE, "julien.weber", v -> {
                var valeurs = new ArrayList<Object>();
                for (var c : DonneesProfil.class.getRecordComponents()) {
                    valeurs.add(c.getName().equals(nom) ? v : null);
                }
                try {
                    var donnees = (DonneesProfil) DonneesProfil.class.getDeclaredConstructors()[0]
                            .newInstance(valeurs.toArray());
                    return profils.enregistrer(personne, donnees);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return champs;
    }

    private static List<Emplacement> ficheSiteEmplacements(Function<FicheSite, Object> appel) {
        return List.of(
                new Emplacement("nom", Nature.TEXTE, "nadia.benali",
                        v -> appel.apply(new FicheSite(v, "1 rue du Test", "67000", "Strasbourg", null, null, null))),
                new Emplacement("adresse", Nature.TEXTE, "nadia.benali",
                        v -> appel.apply(new FicheSite("Corpus", v, "67000", "Strasbourg", null, null, null))),
                new Emplacement("codePostal", Nature.CODE, "nadia.benali",
                        v -> appel.apply(new FicheSite("Corpus", "1 rue du Test", v, "Strasbourg", null, null, null))),
                new Emplacement("commune", Nature.TEXTE, "nadia.benali",
                        v -> appel.apply(new FicheSite("Corpus", "1 rue du Test", "67000", v, null, null, null))),
                new Emplacement("telephone", Nature.CODE, "nadia.benali",
                        v -> appel.apply(new FicheSite("Corpus", "1 rue du Test", "67000", "Strasbourg", v, null, null))),
                new Emplacement("acces", Nature.TEXTE, "nadia.benali",
                        v -> appel.apply(new FicheSite("Corpus", "1 rue du Test", "67000", "Strasbourg", null, v, null))),
                new Emplacement("accessibilite", Nature.TEXTE, "nadia.benali",
                        v -> appel.apply(new FicheSite("Corpus", "1 rue du Test", "67000", "Strasbourg", null, null, v))));
    }

    @FunctionalInterface
    interface AppelReservation {
        Object appeler(ContexteDemande contexte, Identite identite, String texte);
    }

    private static List<Emplacement> reservationEmplacements(String qui, AppelReservation appel,
            java.util.function.BiFunction<String, String, ContexteDemande> contexte, Function<String, AdresseCourriel> adresse) {
        return reservationEmplacements(qui, appel, contexte, adresse, null);
    }

    /** @param avecOrigine the same call with a given origin (the public commands take the request's), or null */
    private static List<Emplacement> reservationEmplacements(String qui, AppelReservation appel,
            java.util.function.BiFunction<String, String, ContexteDemande> contexte, Function<String, AdresseCourriel> adresse,
            Function<OrigineRequete, Object> avecOrigine) {
        var emplacements = new ArrayList<>(reservationEmplacementsSansOrigine(qui, appel, contexte, adresse));
        if (avecOrigine != null) {
            emplacements.add(new Emplacement("origine.adresseReseau", Nature.NETTOYE, qui,
                    v -> avecOrigine.apply(new OrigineRequete(v, "Navigateur du corpus"))));
            emplacements.add(new Emplacement("origine.navigateur", Nature.NETTOYE, qui,
                    v -> avecOrigine.apply(new OrigineRequete("127.0.0.1", v))));
        }
        return emplacements;
    }

    private static List<Emplacement> reservationEmplacementsSansOrigine(String qui, AppelReservation appel,
            java.util.function.BiFunction<String, String, ContexteDemande> contexte, Function<String, AdresseCourriel> adresse) {
        return List.of(
                new Emplacement("contexte.reference", Nature.CODE, qui, v -> appel.appeler(contexte.apply(v, "Résumé"),
                        new Identite("Corpus", "Réservation", adresse.apply("corpus.resa"), "06 12 34 56 78"), null)),
                new Emplacement("contexte.resume", Nature.TEXTE, qui, v -> appel.appeler(contexte.apply(null, v),
                        new Identite("Corpus", "Réservation", adresse.apply("corpus.resa"), "06 12 34 56 78"), null)),
                new Emplacement("identite.prenom", Nature.TEXTE, qui, v -> appel.appeler(contexte.apply(null, "Résumé"),
                        new Identite(v, "Réservation", adresse.apply("corpus.resa"), "06 12 34 56 78"), null)),
                new Emplacement("identite.nom", Nature.TEXTE, qui, v -> appel.appeler(contexte.apply(null, "Résumé"),
                        new Identite("Corpus", v, adresse.apply("corpus.resa"), "06 12 34 56 78"), null)),
                new Emplacement("identite.email", Nature.CODE, qui, v -> appel.appeler(contexte.apply(null, "Résumé"),
                        new Identite("Corpus", "Réservation", new AdresseCourriel(v), "06 12 34 56 78"), null)),
                new Emplacement("identite.telephone", Nature.CODE, qui, v -> appel.appeler(contexte.apply(null, "Résumé"),
                        new Identite("Corpus", "Réservation", adresse.apply("corpus.resa"), v), null)),
                new Emplacement("texte", Nature.TEXTE, qui, v -> appel.appeler(contexte.apply(null, "Résumé"),
                        new Identite("Corpus", "Réservation", adresse.apply("corpus.resa"), "06 12 34 56 78"), v)));
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        var sortie = new ByteArrayOutputStream();
        ImageIO.write(image, "png", sortie);
        return sortie.toByteArray();
    }
}
