package fr.portailcep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import fr.portailcep.aiguillage.Aiguillage;
import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Employeur;
import fr.portailcep.aiguillage.ModeContact;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.ConnexionDemo;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.compte.JournalConnexions;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.compte.SessionsOuvertes;
import fr.portailcep.demo.PdfDemo;
import fr.portailcep.demo.ui.BoiteCourrielsView;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.TypeLivrable;
import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.operateur.EquipeService;
import fr.portailcep.operateur.FicheSite;
import fr.portailcep.operateur.Invitation;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.SitesService;
import fr.portailcep.parcours.DonneesProfil;
import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.NatureAction;
import fr.portailcep.parcours.NouvelleAction;
import fr.portailcep.parcours.OrganismesService;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.SuiviConseiller;
import fr.portailcep.parcours.ParcoursPersonne;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.ProfilService;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.reclamation.CanalReclamation;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.reclamation.ReclamationRecue;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.rendezvous.AgendaService;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.Fermeture;
import fr.portailcep.rendezvous.FiltreCreneaux;
import fr.portailcep.rendezvous.GestionRendezVous;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.OffreService;
import fr.portailcep.rendezvous.ReprisesRendezVous;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.rendezvous.StatutRendezVous;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.Systeme;
import fr.portailcep.test.MethodesPubliques;
import fr.portailcep.test.PortailIT;

/**
 * The authorisation matrix (issue 8): every route and every public method of every service, read from the code so
 * that a new one cannot be forgotten, tried by every kind of person against one person's data — the person
 * themself, another bénéficiaire, a conseiller and a manager of the person's site, of another site, the médiateur,
 * nobody signed in — and allowed exactly where the table says. Methods for the system ({@link Systeme}) are left out
 * here: {@code ArchitectureTest} checks that no view calls them. The matrix as it ran is written to
 * {@code target/matrice-des-droits.md}.
 */
class MatriceDesDroitsIT extends PortailIT {

    /** Who tries. */
    enum Sujet {
        /** Nobody signed in. */
        ANONYME(null, null),
        /** The person whose data is tried. */
        BENEFICIAIRE(null, Role.BENEFICIAIRE),
        AUTRE_BENEFICIAIRE("yasmine.diallo", Role.BENEFICIAIRE),
        /** A conseillère of the person's site, not named on their dossier. */
        CONSEILLER("amina.keita", Role.CONSEILLER),
        CONSEILLER_AUTRE_SITE("sophie.lambert", Role.CONSEILLER),
        /** A manager of the person's site. */
        MANAGER("nadia.benali", Role.MANAGER),
        MANAGER_AUTRE_SITE("rose.marchal", Role.MANAGER),
        MEDIATEUR("marc.lefevre", Role.MEDIATEUR);

        final String identifiant;
        final Role role;

        Sujet(String identifiant, Role role) {
            this.identifiant = identifiant;
            this.role = role;
        }
    }

    private static final Set<Sujet> TOUS = EnumSet.allOf(Sujet.class);
    private static final Set<Sujet> CONNECTES = EnumSet.complementOf(EnumSet.of(Sujet.ANONYME));
    private static final Set<Sujet> BENEFICIAIRES = EnumSet.of(Sujet.BENEFICIAIRE, Sujet.AUTRE_BENEFICIAIRE);
    private static final Set<Sujet> LA_PERSONNE = EnumSet.of(Sujet.BENEFICIAIRE);
    private static final Set<Sujet> CONSEILLERS = EnumSet.of(Sujet.CONSEILLER, Sujet.CONSEILLER_AUTRE_SITE);
    private static final Set<Sujet> MANAGERS = EnumSet.of(Sujet.MANAGER, Sujet.MANAGER_AUTRE_SITE);
    private static final Set<Sujet> PERSONNEL = union(CONSEILLERS, MANAGERS);
    /** The staff of the person's site (or, for an agenda, the conseillère herself and her site's manager). */
    private static final Set<Sujet> SON_EQUIPE = EnumSet.of(Sujet.CONSEILLER, Sujet.MANAGER);
    private static final Set<Sujet> SON_CONSEILLER = EnumSet.of(Sujet.CONSEILLER);
    private static final Set<Sujet> MANAGER_DU_SITE = EnumSet.of(Sujet.MANAGER);
    private static final Set<Sujet> ELLE_OU_SON_EQUIPE = union(LA_PERSONNE, SON_EQUIPE);
    private static final Set<Sujet> ELLE_OU_SON_CONSEILLER = union(LA_PERSONNE, SON_CONSEILLER);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @FunctionalInterface
    interface Appel {
        Object appeler(Donnees d) throws Exception;
    }

    record Cas(Set<Sujet> permis, Appel appel) {
    }

    /** The person and everything of theirs the calls are tried on, made once for the run. */
    record Donnees(String identifiant, UUID personne, Compte compte, UUID strasbourg, UUID reims, Compte amina,
            UUID objectif, UUID action, UUID fil, UUID piece, UUID rdvANoter, UUID rdvAAnnuler, UUID rappel,
            UUID plageARetirer, Fermeture fermeture, UUID siteJetable, UUID cibleSites, UUID cibleReinitialisation,
            UUID cibleDesactivation, UUID cibleReactivation, Aiguillage aiguillage, FicheSite ficheStrasbourg,
            UUID livrable) {
    }

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
    AiguillageService aiguillages;
    @Autowired
    BeneficiaireService beneficiaires;
    @Autowired
    ClesAcces clesAcces;
    @Autowired
    CompteService comptes;
    @Autowired
    ConnexionDemo connexionDemo;
    @Autowired
    ConnexionParCourriel connexion;
    @Autowired
    JournalAudit journalAudit;
    @Autowired
    JournalConnexions journalConnexions;
    @Autowired
    SessionsOuvertes sessions;
    @Autowired
    EcheancesService echeances;
    @Autowired
    MessagerieService messagerie;
    @Autowired
    EquipeService equipe;
    @Autowired
    OperateurService operateurs;
    @Autowired
    SitesService sites;
    @Autowired
    OrganismesService organismes;
    @Autowired
    ParcoursService parcours;
    @Autowired
    LivrablesService livrables;
    @Autowired
    DossiersEquipe dossiersEquipe;
    @Autowired
    fr.portailcep.mediation.MediationService mediation;

    @Autowired
    ParcoursPersonne parcoursPersonne;

    @Autowired
    SuiviConseiller suivi;
    @Autowired
    PlanActionsService plan;
    @Autowired
    ProfilService profils;
    @Autowired
    Referentiels referentiels;
    @Autowired
    AgendaService agendas;
    @Autowired
    CreneauxService creneaux;
    @Autowired
    GestionRendezVous gestion;
    @Autowired
    OffreService offre;
    @Autowired
    ReprisesRendezVous reprises;
    @Autowired
    ReservationService reservations;
    @Autowired
    fr.portailcep.signature.CeremonieSignature ceremonie;
    @Autowired
    fr.portailcep.signature.Enrolements enrolements;
    @Autowired
    fr.portailcep.signature.DocumentsASignerDeTest documentsDeTest;

    @Autowired
    fr.portailcep.signature.VerificationsPubliques verifications;
    @Autowired
    ReclamationsService reclamations;

    // ------------------------------------------------------------------------------------------------ routes

    @Test
    void chaque_route_est_ouverte_exactement_aux_roles_prevus() throws IOException {
        var attendu = new TreeMap<String, Set<Sujet>>(Map.ofEntries(
                Map.entry("InscriptionView", TOUS), Map.entry("BoiteCourrielsView", TOUS),
                Map.entry("VerificationView", TOUS), Map.entry("VerificationEmpreinteView", TOUS),
                Map.entry("AccueilBeneficiaireView", BENEFICIAIRES), Map.entry("BienvenueCleAccesView", BENEFICIAIRES),
                Map.entry("MonCompteView", BENEFICIAIRES), Map.entry("MonParcoursView", BENEFICIAIRES),
                Map.entry("MonPlanView", BENEFICIAIRES), Map.entry("MonActionView", BENEFICIAIRES),
                Map.entry("MesMessagesView", BENEFICIAIRES), Map.entry("FilBeneficiaireView", BENEFICIAIRES),
                Map.entry("MesRendezVousView", BENEFICIAIRES), Map.entry("SignerView", BENEFICIAIRES),
                Map.entry("SignerProView", CONSEILLERS), Map.entry("PapierView", CONSEILLERS),
                Map.entry("VerifierIdentiteView", CONSEILLERS),
                Map.entry("MesDocumentsView", BENEFICIAIRES), Map.entry("MonDocumentView", BENEFICIAIRES),
                Map.entry("AccueilConseillerView", CONSEILLERS), Map.entry("MesDossiersView", CONSEILLERS),
                Map.entry("NouveauMessageView", CONSEILLERS),
                Map.entry("AgendaView", PERSONNEL), Map.entry("AppelView", PERSONNEL), Map.entry("BoiteView", PERSONNEL),
                Map.entry("DemandesView", PERSONNEL), Map.entry("DossierView", PERSONNEL),
                Map.entry("FilEquipeView", PERSONNEL), Map.entry("HorairesView", PERSONNEL),
                Map.entry("AccueilManagerView", MANAGERS), Map.entry("EquipeView", MANAGERS),
                Map.entry("IndicateurView", MANAGERS), Map.entry("JournalView", MANAGERS),
                Map.entry("OffreView", MANAGERS), Map.entry("SitesView", MANAGERS),
                // reclamation ui
                Map.entry("MesReclamationsView", BENEFICIAIRES), Map.entry("NouvelleReclamationView", BENEFICIAIRES),
                Map.entry("MaReclamationView", BENEFICIAIRES), Map.entry("ReclamationPubliqueView", TOUS),
                Map.entry("BureauReclamationsView", MANAGERS), Map.entry("ReclamationProView", MANAGERS),
                Map.entry("CourrierReclamationView", MANAGERS),
                Map.entry("AccueilMediateurView", EnumSet.of(Sujet.MEDIATEUR)),
                Map.entry("MonCompteProView", union(PERSONNEL, EnumSet.of(Sujet.MEDIATEUR))),
                // mediation
                Map.entry("SaisirMediateurView", BENEFICIAIRES), Map.entry("MaMediationView", BENEFICIAIRES),
                Map.entry("SaisinesView", EnumSet.of(Sujet.MEDIATEUR)),
                Map.entry("SaisineView", EnumSet.of(Sujet.MEDIATEUR)),
                Map.entry("NouvelleSaisineView", EnumSet.of(Sujet.MEDIATEUR)),
                Map.entry("DossierMediationView", EnumSet.of(Sujet.MEDIATEUR)),
                Map.entry("MediationsView", MANAGERS), Map.entry("MediationView", MANAGERS),
                // satisfaction
                Map.entry("MonAvisView", BENEFICIAIRES), Map.entry("QualiteView", MANAGERS)));

        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var vues = new TreeMap<String, Class<?>>();
        for (var candidat : scanner.findCandidateComponents("fr.portailcep")) {
            var classe = org.springframework.util.ClassUtils.resolveClassName(candidat.getBeanClassName(),
                    getClass().getClassLoader());
            vues.put(classe.getSimpleName(), classe);
        }
        // Registered only in the demo, by RoutesDemo, hence without @Route.
        vues.put(BoiteCourrielsView.class.getSimpleName(), BoiteCourrielsView.class);

        assertThat(new TreeSet<>(vues.keySet())).as("Chaque route a sa ligne dans la matrice, et chaque ligne sa route")
                .isEqualTo(attendu.keySet());
        var verificateur = new AccessAnnotationChecker();
        var ecarts = new ArrayList<String>();
        var rapport = new StringBuilder("## Routes\n\n| vue | " + Arrays.stream(Sujet.values()).map(Enum::name)
                .collect(Collectors.joining(" | ")) + " |\n|---|" + "---|".repeat(Sujet.values().length) + "\n");
        for (var vue : vues.entrySet()) {
            rapport.append("| ").append(vue.getKey()).append(" |");
            for (var sujet : Sujet.values()) {
                Principal principal = sujet.role == null ? null
                        : UsernamePasswordAuthenticationToken.authenticated("x", null, List.of());
                var role = sujet.role;
                var permis = verificateur.hasAccess(vue.getValue(), principal,
                        r -> role != null && role.name().equals(r));
                rapport.append(permis ? " oui |" : " – |");
                if (permis != attendu.get(vue.getKey()).contains(sujet)) {
                    ecarts.add(vue.getKey() + " pour " + sujet + " : " + (permis ? "ouverte" : "fermée"));
                }
            }
            rapport.append('\n');
        }
        ecrire("routes", rapport.toString());
        assertThat(ecarts).as("Routes ouvertes ou fermées autrement que prévu").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ services

    @Test
    void chaque_methode_publique_de_service_est_permise_ou_refusee_comme_le_dit_la_matrice() throws Exception {
        var d = donnees();
        var cas = cas(d);
        var decouvertes = methodesDeServices();

        var oubliees = new TreeSet<>(decouvertes);
        oubliees.removeAll(cas.keySet());
        assertThat(oubliees).as("Méthodes publiques de service sans ligne dans la matrice (ou @Systeme)").isEmpty();
        var perimees = new TreeSet<>(cas.keySet());
        perimees.removeAll(decouvertes);
        assertThat(perimees).as("Lignes de la matrice sans méthode").isEmpty();

        var ecarts = new ArrayList<String>();
        var rapport = new StringBuilder("## Méthodes des services\n\n| méthode | " + Arrays.stream(Sujet.values())
                .map(Enum::name).collect(Collectors.joining(" | ")) + " |\n|---|" + "---|".repeat(Sujet.values().length)
                + "\n");
        for (var ligne : cas.entrySet()) {
            var issues = new LinkedHashMap<Sujet, String>();
            // Those who must be refused try first: a call that is allowed may change what the next one finds.
            var ordre = new ArrayList<Sujet>();
            Arrays.stream(Sujet.values()).filter(s -> !ligne.getValue().permis().contains(s)).forEach(ordre::add);
            Arrays.stream(Sujet.values()).filter(s -> ligne.getValue().permis().contains(s)).forEach(ordre::add);
            for (var sujet : ordre) {
                var issue = essayer(sujet, d, ligne.getValue().appel());
                issues.put(sujet, issue);
                var permis = issue.startsWith("oui");
                if (issue.startsWith("ERREUR") || permis != ligne.getValue().permis().contains(sujet)) {
                    ecarts.add(ligne.getKey() + " pour " + sujet + " : " + issue);
                }
            }
            rapport.append("| ").append(ligne.getKey()).append(" |");
            for (var sujet : Sujet.values()) {
                rapport.append(issues.get(sujet).startsWith("oui") ? " oui |" : " – |");
            }
            rapport.append('\n');
        }
        ecrire("services", rapport.toString());
        assertThat(ecarts).as("Appels permis ou refusés autrement que le dit la matrice").isEmpty();
    }

    /** "oui" (allowed, whatever the business answer), "refusé", or "ERREUR" for what must never happen. */
    private String essayer(Sujet sujet, Donnees d, Appel appel) {
        var avant = securite.getContext();
        var contexteSecurite = securite.createEmptyContext();
        if (sujet != Sujet.ANONYME) {
            var email = sujet == Sujet.BENEFICIAIRE ? d.compte().email() : sujet.identifiant + Personnes.DOMAINE;
            contexteSecurite.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                    List.of(new SimpleGrantedAuthority(sujet.role.autorite()))));
        }
        securite.setContext(contexteSecurite);
        try {
            appel.appeler(d);
            return "oui";
        } catch (Throwable t) {
            for (var cause = t; cause != null; cause = cause.getCause()) {
                if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException
                        || cause instanceof Introuvable) {
                    return "refusé (" + cause.getClass().getSimpleName() + ")";
                }
                if (cause instanceof DataAccessException) {
                    return "ERREUR " + cause;
                }
            }
            // Allowed through, then refused by a rule of the service (an empty reason, a state…): the access was given.
            return "oui (" + t.getClass().getSimpleName() + ")";
        } finally {
            securite.setContext(avant);
        }
    }

    /** "Classe.methode(Type, Type)" of every public method of every service, but those for the system. */
    private static Set<String> methodesDeServices() {
        return MethodesPubliques.desServices().stream()
                .filter(m -> !m.isAnnotationPresent(Systeme.class)
                        && !m.getDeclaringClass().isAnnotationPresent(Systeme.class))
                .map(MethodesPubliques::signature).collect(Collectors.toCollection(TreeSet::new));
    }

    // ------------------------------------------------------------------------------------------------ the table

    private Map<String, Cas> cas(Donnees d0) {
        var c = new TreeMap<String, Cas>();
        var sansCreneau = new ChoixCreneau(null, java.time.Instant.parse("2001-01-01T09:00:00Z"), Modalite.SUR_SITE, null);
        var contexteDemande = new ContexteDemande(null, null, Territoire.ALSACE_MOSELLE, horloge.instant(),
                CanalDemande.EN_LIGNE, "Matrice");
        var identite = new Identite("Matrice", "Publique", new AdresseCourriel("matrice.publique" + Personnes.DOMAINE),
                "06 12 34 56 78");
        var incompletes = new Reponses(null, null, null, null, null, null, null, null, null, null);
        var aujourdhui = LocalDate.now(PARIS);

        // aiguillage
        c.put("AiguillageService.enregistrerEnLigne(Reponses, OrigineRequete)",
                new Cas(TOUS, d -> aiguillages.enregistrerEnLigne(incompletes, OrigineRequete.INCONNUE)));
        c.put("AiguillageService.poursuivre(UUID)", new Cas(TOUS, d -> aiguillages.poursuivre(d.aiguillage().id())));
        c.put("AiguillageService.parId(UUID)", new Cas(TOUS, d -> aiguillages.parId(d.aiguillage().id())));
        c.put("AiguillageService.contexte(Aiguillage)", new Cas(TOUS, d -> aiguillages.contexte(d.aiguillage())));
        c.put("AiguillageService.resume(Aiguillage)", new Cas(TOUS, d -> aiguillages.resume(d.aiguillage())));
        c.put("AiguillageService.bilan(LocalDate, LocalDate)",
                new Cas(MANAGERS, d -> aiguillages.bilan(aujourdhui.minusDays(30), aujourdhui)));

        // beneficiaire
        c.put("BeneficiaireService.moi()", new Cas(BENEFICIAIRES, d -> beneficiaires.moi()));
        c.put("BeneficiaireService.moiSiBeneficiaire()", new Cas(TOUS, d -> beneficiaires.moiSiBeneficiaire()));
        c.put("BeneficiaireService.parId(UUID)", new Cas(SON_EQUIPE, d -> beneficiaires.parId(d.personne())));
        c.put("BeneficiaireService.rechercher(String)", new Cas(PERSONNEL, d -> beneficiaires.rechercher("Matrice")));

        // compte
        c.put("ClesAcces.jAiUneCle(Compte)", new Cas(LA_PERSONNE, d -> clesAcces.jAiUneCle(d.compte())));
        c.put("ClesAcces.mesCles(Compte)", new Cas(LA_PERSONNE, d -> clesAcces.mesCles(d.compte())));
        c.put("ClesAcces.supprimer(Compte, String, OrigineRequete)", new Cas(LA_PERSONNE, d -> {
            clesAcces.supprimer(d.compte(), "cle-inconnue", OrigineRequete.INCONNUE);
            return null;
        }));
        c.put("ClesAcces.cleAjoutee(String, String, OrigineRequete)", new Cas(LA_PERSONNE, d -> {
            clesAcces.cleAjoutee(d.compte().email(), "Clé de la matrice", OrigineRequete.INCONNUE);
            return null;
        }));
        c.put("CompteService.compteConnecte()", new Cas(TOUS, d -> comptes.compteConnecte()));
        c.put("CompteService.exigerCompteConnecte()", new Cas(CONNECTES, d -> comptes.exigerCompteConnecte()));
        c.put("CompteService.nomDe(UUID)", new Cas(CONNECTES, d -> comptes.nomDe(d.amina().id())));
        c.put("CompteService.marquerCleAccesProposee()", new Cas(CONNECTES, d -> {
            comptes.marquerCleAccesProposee();
            return null;
        }));
        c.put("ConnexionDemo.personnes()", new Cas(TOUS, d -> connexionDemo.personnes()));
        c.put("ConnexionDemo.ticketPour(UUID, OrigineRequete)",
                new Cas(TOUS, d -> connexionDemo.ticketPour(d.compte().id(), OrigineRequete.INCONNUE)));
        c.put("ConnexionParCourriel.demanderCode(AdresseCourriel, String, String, OrigineRequete)",
                new Cas(TOUS, d -> connexion.demanderCode(new AdresseCourriel("matrice.code" + Personnes.DOMAINE),
                        null, null, OrigineRequete.INCONNUE)));
        c.put("ConnexionParCourriel.verifierCode(UUID, String, OrigineRequete)",
                new Cas(TOUS, d -> connexion.verifierCode(UUID.randomUUID(), "000000", OrigineRequete.INCONNUE)));
        c.put("ConnexionParCourriel.verifierLien(UUID, String, OrigineRequete)",
                new Cas(TOUS, d -> connexion.verifierLien(UUID.randomUUID(), "secret", OrigineRequete.INCONNUE)));
        c.put("ConnexionParCourriel.confirmerIdentite(String, String, OrigineRequete)", new Cas(CONNECTES,
                d -> connexion.confirmerIdentite(UUID.randomUUID() + ".ticket", "session", OrigineRequete.INCONNUE)));
        c.put("JournalAudit.rechercher(Recherche, int, int, ZoneId)",
                new Cas(MANAGERS, d -> journalAudit.rechercher(JournalAudit.Recherche.TOUT, 0, 5, PARIS)));
        c.put("JournalAudit.compter(Recherche, ZoneId)",
                new Cas(MANAGERS, d -> journalAudit.compter(JournalAudit.Recherche.TOUT, PARIS)));
        c.put("JournalAudit.noterRecherche(Recherche)", new Cas(MANAGERS, d -> {
            journalAudit.noterRecherche(JournalAudit.Recherche.TOUT);
            return null;
        }));
        c.put("JournalConnexions.mesDernieres(Compte, int)",
                new Cas(LA_PERSONNE, d -> journalConnexions.mesDernieres(d.compte(), 5)));
        c.put("SessionsOuvertes.mesSessions(Compte, String)",
                new Cas(LA_PERSONNE, d -> sessions.mesSessions(d.compte(), null)));
        c.put("SessionsOuvertes.revoquer(Compte, UUID, OrigineRequete)",
                new Cas(LA_PERSONNE, d -> sessions.revoquer(d.compte(), UUID.randomUUID(), OrigineRequete.INCONNUE)));
        c.put("SessionsOuvertes.politique()", new Cas(TOUS, d -> sessions.politique()));
        c.put("SessionsOuvertes.authentificationRecente(String)",
                new Cas(TOUS, d -> sessions.authentificationRecente("session-inconnue")));

        // echeance
        c.put("EcheancesService.maDemandeOuverte()", new Cas(TOUS, d -> echeances.maDemandeOuverte()));
        c.put("EcheancesService.rappelFait(UUID)", new Cas(SON_EQUIPE, d -> {
            echeances.rappelFait(d.rappel());
            return null;
        }));
        c.put("EcheancesService.suivi()", new Cas(PERSONNEL, d -> echeances.suivi()));
        c.put("EcheancesService.indicateur84(LocalDate, LocalDate)",
                new Cas(MANAGERS, d -> echeances.indicateur84(aujourdhui.minusDays(30), aujourdhui)));

        // messagerie
        c.put("MessagerieService.mesFils()", new Cas(BENEFICIAIRES, d -> messagerie.mesFils()));
        c.put("MessagerieService.nonLus()", new Cas(BENEFICIAIRES, d -> messagerie.nonLus()));
        c.put("MessagerieService.nouveauFil(String, String, List)",
                new Cas(BENEFICIAIRES, d -> messagerie.nouveauFil("Sujet", "", List.of())));
        c.put("MessagerieService.boite()", new Cas(PERSONNEL, d -> messagerie.boite()));
        c.put("MessagerieService.filsDe(UUID)", new Cas(SON_EQUIPE, d -> messagerie.filsDe(d.personne())));
        c.put("MessagerieService.ecrireA(UUID, String, String, List)",
                new Cas(SON_CONSEILLER, d -> messagerie.ecrireA(d.personne(), "Sujet", "", List.of())));
        c.put("MessagerieService.ouvrir(UUID)", new Cas(ELLE_OU_SON_EQUIPE, d -> messagerie.ouvrir(d.fil())));
        c.put("MessagerieService.repondre(UUID, String, List)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> messagerie.repondre(d.fil(), "", List.of())));
        c.put("MessagerieService.piece(UUID)", new Cas(ELLE_OU_SON_EQUIPE, d -> messagerie.piece(d.piece())));

        // reclamation
        var reclamationOuverte = personnes.enTantQue(d0.identifiant(), () -> reclamations.deposer(
                new NouvelleReclamation("ACCUEIL", "Faits de la matrice", null, List.of(new FichierEnvoye("preuve.pdf",
                        PdfDemo.page("Preuve", List.of("Une ligne.")))))));
        var pieceReclamation = reclamationOuverte.pieces().getFirst().id();
        var reclamationRepondue = personnes.enTantQue(d0.identifiant(), () -> reclamations.deposer(
                new NouvelleReclamation("ACCUEIL", "Faits de la matrice", null, List.of()))).id();
        personnes.faire("nadia.benali", () -> reclamations.envoyerReponse(reclamationRepondue, "Réponse de la matrice"));
        var laPersonneOuSonManager = union(LA_PERSONNE, MANAGER_DU_SITE);
        c.put("ReclamationsService.motifs()", new Cas(TOUS, d -> reclamations.motifs()));
        c.put("ReclamationsService.deposer(NouvelleReclamation)", new Cas(BENEFICIAIRES,
                d -> reclamations.deposer(new NouvelleReclamation("", "", null, List.of()))));
        c.put("ReclamationsService.mesReclamations()", new Cas(BENEFICIAIRES, d -> reclamations.mesReclamations()));
        c.put("ReclamationsService.parId(UUID)",
                new Cas(laPersonneOuSonManager, d -> reclamations.parId(reclamationOuverte.id())));
        c.put("ReclamationsService.piece(UUID, UUID)", new Cas(laPersonneOuSonManager,
                d -> reclamations.piece(reclamationOuverte.id(), pieceReclamation)));
        c.put("ReclamationsService.lettreReponse(UUID)",
                new Cas(laPersonneOuSonManager, d -> reclamations.lettreReponse(reclamationRepondue)));
        c.put("ReclamationsService.donnerAvis(UUID, boolean, String)",
                new Cas(LA_PERSONNE, d -> reclamations.donnerAvis(reclamationRepondue, true, null)));
        c.put("ReclamationsService.bureau()", new Cas(MANAGERS, d -> reclamations.bureau()));
        c.put("ReclamationsService.enregistrer(ReclamationRecue)", new Cas(MANAGER_DU_SITE,
                d -> reclamations.enregistrer(new ReclamationRecue(d.personne(), CanalReclamation.COURRIER, aujourdhui,
                        new NouvelleReclamation("ACCUEIL", "Courrier de la matrice", null, List.of())))));
        c.put("ReclamationsService.accuserReception(UUID)",
                new Cas(MANAGER_DU_SITE, d -> reclamations.accuserReception(reclamationOuverte.id())));
        c.put("ReclamationsService.collegues(UUID)",
                new Cas(MANAGER_DU_SITE, d -> reclamations.collegues(reclamationOuverte.id())));
        c.put("ReclamationsService.assigner(UUID, UUID)", new Cas(MANAGER_DU_SITE,
                d -> reclamations.assigner(reclamationOuverte.id(), personnes.compte("nadia.benali").id())));
        c.put("ReclamationsService.noter(UUID, String)",
                new Cas(MANAGER_DU_SITE, d -> reclamations.noter(reclamationOuverte.id(), "Note de la matrice")));
        c.put("ReclamationsService.enregistrerBrouillon(UUID, String)", new Cas(MANAGER_DU_SITE,
                d -> reclamations.enregistrerBrouillon(reclamationOuverte.id(), "Brouillon de la matrice")));
        c.put("ReclamationsService.envoyerReponse(UUID, String)", new Cas(MANAGER_DU_SITE,
                d -> reclamations.envoyerReponse(reclamationOuverte.id(), "Réponse de la matrice")));
        c.put("ReclamationsService.indicateurs(YearMonth, YearMonth)", new Cas(MANAGERS,
                d -> reclamations.indicateurs(java.time.YearMonth.from(aujourdhui).minusMonths(11),
                        java.time.YearMonth.from(aujourdhui))));

        // operateur
        c.put("EquipeService.membres()", new Cas(MANAGERS, d -> equipe.membres()));
        c.put("EquipeService.mesSites()", new Cas(MANAGERS, d -> equipe.mesSites()));
        c.put("EquipeService.inviter(Invitation)",
                new Cas(MANAGERS, d -> equipe.inviter(new Invitation("", "", "", Role.CONSEILLER, Set.of()))));
        c.put("EquipeService.correspondantsMediation()",
                new Cas(union(MANAGERS, EnumSet.of(Sujet.MEDIATEUR)), d -> equipe.correspondantsMediation()));
        c.put("EquipeService.modifierSites(UUID, Set)", new Cas(MANAGER_DU_SITE, d -> {
            equipe.modifierSites(d.cibleSites(), Set.of(d.strasbourg()));
            return null;
        }));
        c.put("EquipeService.reinitialiserAcces(UUID, OrigineRequete)", new Cas(MANAGER_DU_SITE,
                d -> equipe.reinitialiserAcces(d.cibleReinitialisation(), OrigineRequete.INCONNUE)));
        c.put("EquipeService.desactiver(UUID, OrigineRequete)", new Cas(MANAGER_DU_SITE,
                d -> equipe.desactiver(d.cibleDesactivation(), OrigineRequete.INCONNUE)));
        c.put("EquipeService.reactiver(UUID, OrigineRequete)", new Cas(MANAGER_DU_SITE,
                d -> equipe.reactiver(d.cibleReactivation(), OrigineRequete.INCONNUE)));
        c.put("OperateurService.operateur()", new Cas(TOUS, d -> operateurs.operateur()));
        c.put("OperateurService.sites()", new Cas(TOUS, d -> operateurs.sites()));
        // signature: the public verification page (issue 10), open to anyone
        c.put("VerificationsPubliques.verifier(byte[], OrigineRequete)", new Cas(TOUS,
                d -> verifications.verifier("pas un PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        OrigineRequete.INCONNUE)));
        c.put("VerificationsPubliques.scelleLe(String)", new Cas(TOUS, d -> verifications.scelleLe("0".repeat(64))));
        c.put("OperateurService.site(UUID)", new Cas(TOUS, d -> operateurs.site(d.strasbourg())));
        c.put("OperateurService.sitesDe(UUID)", new Cas(TOUS, d -> operateurs.sitesDe(d.amina().id())));
        c.put("OperateurService.equipeDe(UUID)", new Cas(TOUS, d -> operateurs.equipeDe(d.strasbourg())));
        c.put("SitesService.tous()", new Cas(MANAGERS, d -> sites.tous()));
        c.put("SitesService.creerSite(FicheSite)", new Cas(MANAGERS,
                d -> sites.creerSite(new FicheSite("", "", "", "", "", "", ""))));
        c.put("SitesService.modifierSite(UUID, FicheSite)",
                new Cas(MANAGER_DU_SITE, d -> sites.modifierSite(d.strasbourg(), d.ficheStrasbourg())));
        c.put("SitesService.desactiver(UUID)", new Cas(MANAGER_DU_SITE, d -> sites.desactiver(d.siteJetable())));
        c.put("SitesService.activer(UUID)", new Cas(MANAGER_DU_SITE, d -> sites.activer(d.siteJetable())));

        // parcours
        c.put("OrganismesService.enregistrer(Organisme)", new Cas(MANAGERS, d -> organismes.enregistrer(null)));
        c.put("OrganismesService.delivrant(String)", new Cas(CONNECTES, d -> organismes.delivrant("BILAN_COMPETENCES")));
        c.put("ParcoursPersonne.monDossier()", new Cas(BENEFICIAIRES, d -> parcoursPersonne.monDossier()));
        c.put("ParcoursPersonne.monParcours()", new Cas(BENEFICIAIRES, d -> parcoursPersonne.monParcours()));
        c.put("DossiersEquipe.dossierDe(UUID)", new Cas(SON_EQUIPE, d -> dossiersEquipe.dossierDe(d.personne())));
        c.put("DossiersEquipe.fiche(UUID)", new Cas(SON_EQUIPE, d -> dossiersEquipe.fiche(d.personne())));
        c.put("DossiersEquipe.frise(UUID)", new Cas(SON_EQUIPE, d -> dossiersEquipe.frise(d.personne())));
        c.put("DossiersEquipe.historique(UUID)", new Cas(SON_EQUIPE, d -> dossiersEquipe.historique(d.personne())));
        c.put("DossiersEquipe.interactions(UUID)", new Cas(SON_EQUIPE, d -> dossiersEquipe.interactions(d.personne())));
        c.put("DossiersEquipe.contactDe(UUID)", new Cas(SON_EQUIPE, d -> dossiersEquipe.contactDe(d.personne())));
        c.put("DossiersEquipe.demandesDansLAnnee(UUID)",
                new Cas(SON_EQUIPE, d -> dossiersEquipe.demandesDansLAnnee(d.personne())));
        c.put("DossiersEquipe.conseillersPour(UUID)", new Cas(SON_EQUIPE, d -> dossiersEquipe.conseillersPour(d.personne())));
        c.put("SuiviConseiller.rechercher(String)", new Cas(PERSONNEL, d -> suivi.rechercher("Matrice")));
        c.put("SuiviConseiller.portefeuille()", new Cas(CONSEILLERS, d -> suivi.portefeuille()));
        c.put("ParcoursService.engagementsPossibles(UUID)",
                new Cas(SON_EQUIPE, d -> parcours.engagementsPossibles(d.personne())));
        c.put("ParcoursService.engager(UUID, Engagement)", new Cas(SON_CONSEILLER, d -> parcours.engager(d.personne(),
                new Engagement(UniteOeuvre.UO2_1, aujourdhui, true, Eligibilite.CONFIRMEE, "ORIGINE_INCONNUE", null,
                        null, null))));
        c.put("ParcoursService.clore(UUID, UniteOeuvre, MotifCloture, LocalDate)", new Cas(SON_CONSEILLER,
                d -> parcours.clore(d.personne(), UniteOeuvre.UO1, MotifCloture.ABANDON, aujourdhui)));
        c.put("ParcoursService.cloreDossier(UUID, String)", new Cas(SON_CONSEILLER, d -> {
            parcours.cloreDossier(d.personne(), " ");
            return null;
        }));
        c.put("ParcoursService.changerReferent(UUID, UUID, String)", new Cas(SON_EQUIPE, d -> {
            parcours.changerReferent(d.personne(), UUID.randomUUID(), "Motif");
            return null;
        }));
        c.put("ParcoursService.noterInteraction(UUID, LocalDate, String, Set, String)", new Cas(SON_CONSEILLER,
                d -> parcours.noterInteraction(d.personne(), aujourdhui.plusDays(3), "PRESENTIEL", Set.of(), null)));
        // livrable
        c.put("LivrablesService.redigeables(UUID)", new Cas(SON_EQUIPE, d -> livrables.redigeables(d.personne())));
        c.put("LivrablesService.rediger(UUID, TypeLivrable)",
                new Cas(SON_CONSEILLER, d -> livrables.rediger(d.personne(), TypeLivrable.ETAT_DES_LIEUX)));
        c.put("LivrablesService.modifier(UUID, int, ContenuLivrable)",
                new Cas(SON_CONSEILLER, d -> livrables.modifier(d.livrable(), 1, null)));
        c.put("LivrablesService.soumettre(UUID)", new Cas(SON_CONSEILLER, d -> livrables.soumettre(d.livrable())));
        c.put("LivrablesService.duDossier(UUID)", new Cas(SON_EQUIPE, d -> livrables.duDossier(d.personne())));
        c.put("LivrablesService.mesDocuments()", new Cas(BENEFICIAIRES, d -> livrables.mesDocuments()));
        c.put("LivrablesService.parId(UUID)", new Cas(ELLE_OU_SON_EQUIPE, d -> livrables.parId(d.livrable())));
        c.put("LivrablesService.commenter(UUID, String)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> livrables.commenter(d.livrable(), "Matrice")));
        c.put("LivrablesService.page(UUID)", new Cas(ELLE_OU_SON_EQUIPE, d -> livrables.page(d.livrable())));
        c.put("LivrablesService.pdf(UUID)", new Cas(ELLE_OU_SON_EQUIPE, d -> livrables.pdf(d.livrable())));

        c.put("PlanActionsService.monPlan()", new Cas(BENEFICIAIRES, d -> plan.monPlan()));
        c.put("PlanActionsService.planDe(UUID)", new Cas(SON_EQUIPE, d -> plan.planDe(d.personne())));
        c.put("PlanActionsService.action(UUID)", new Cas(ELLE_OU_SON_EQUIPE, d -> plan.action(d.action())));
        c.put("PlanActionsService.objectifDe(UUID)", new Cas(ELLE_OU_SON_EQUIPE, d -> plan.objectifDe(d.action())));
        c.put("PlanActionsService.organismesPour(UUID)",
                new Cas(ELLE_OU_SON_EQUIPE, d -> plan.organismesPour(d.action())));
        c.put("PlanActionsService.organisme(UUID)",
                new Cas(union(BENEFICIAIRES, PERSONNEL), d -> plan.organisme(UUID.randomUUID())));
        for (var changement : List.of("commencer", "terminer", "rouvrir", "reprendre", "valider")) {
            c.put("PlanActionsService." + changement + "(UUID)", new Cas(
                    changement.equals("valider") ? SON_CONSEILLER : ELLE_OU_SON_CONSEILLER, d -> switch (changement) {
                        case "commencer" -> plan.commencer(d.action());
                        case "terminer" -> plan.terminer(d.action());
                        case "rouvrir" -> plan.rouvrir(d.action());
                        case "reprendre" -> plan.reprendre(d.action());
                        default -> plan.valider(d.action());
                    }));
        }
        c.put("PlanActionsService.mettreEnPause(UUID, RaisonPause, String)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> plan.mettreEnPause(d.action(), null, " ")));
        c.put("PlanActionsService.commenter(UUID, String)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> plan.commenter(d.action(), " ")));
        c.put("PlanActionsService.choisirOrganisme(UUID, UUID)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> plan.choisirOrganisme(d.action(), UUID.randomUUID())));
        c.put("PlanActionsService.abandonner(UUID, String)", new Cas(LA_PERSONNE, d -> plan.abandonner(d.action(), " ")));
        c.put("PlanActionsService.proposer(UUID, String, String, LocalDate)",
                new Cas(LA_PERSONNE, d -> plan.proposer(d.objectif(), " ", null, null)));
        c.put("PlanActionsService.ajouterObjectif(UUID, String)",
                new Cas(SON_CONSEILLER, d -> plan.ajouterObjectif(d.personne(), " ")));
        c.put("PlanActionsService.ajouterAction(UUID, NouvelleAction)", new Cas(SON_CONSEILLER,
                d -> plan.ajouterAction(d.objectif(), new NouvelleAction(null, null, null, "Action", null, null))));
        c.put("PlanActionsService.modifier(UUID, NouvelleAction)", new Cas(SON_CONSEILLER,
                d -> plan.modifier(d.action(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null,
                        "Lister mes envies", null, aujourdhui.plusDays(20)))));
        c.put("PlanActionsService.annuler(UUID, String)", new Cas(SON_CONSEILLER, d -> plan.annuler(d.action(), " ")));
        c.put("ProfilService.profil(UUID)", new Cas(SON_EQUIPE, d -> profils.profil(d.personne())));
        c.put("ProfilService.manquants(UUID)", new Cas(SON_EQUIPE, d -> profils.manquants(d.personne())));
        c.put("ProfilService.enregistrer(UUID, DonneesProfil)", new Cas(SON_CONSEILLER,
                d -> profils.enregistrer(d.personne(), new DonneesProfil("X", null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null))));
        c.put("Referentiels.valeurs(Referentiel)", new Cas(TOUS, d -> referentiels.valeurs(Referentiel.MODE_CONTACT)));
        c.put("Referentiels.valeur(Referentiel, String)",
                new Cas(TOUS, d -> referentiels.valeur(Referentiel.MODE_CONTACT, "PRESENTIEL")));
        c.put("Referentiels.libelle(Referentiel, String)",
                new Cas(TOUS, d -> referentiels.libelle(Referentiel.MODE_CONTACT, "PRESENTIEL")));
        c.put("Referentiels.exigerValide(Referentiel, String)", new Cas(TOUS, d -> {
            referentiels.exigerValide(Referentiel.MODE_CONTACT, "PRESENTIEL");
            return null;
        }));

        // rendezvous (the agenda and offer tried are the conseillère's of the person's site)
        c.put("AgendaService.agendasVisibles()", new Cas(PERSONNEL, d -> agendas.agendasVisibles()));
        c.put("AgendaService.agenda(UUID, LocalDate, LocalDate, ZoneId)", new Cas(SON_EQUIPE,
                d -> agendas.agenda(d.amina().id(), aujourdhui, aujourdhui.plusDays(7), PARIS)));
        c.put("AgendaService.noter(UUID, StatutRendezVous)",
                new Cas(SON_EQUIPE, d -> agendas.noter(d.rdvANoter(), StatutRendezVous.HONORE)));
        c.put("AgendaService.annuler(UUID, String)",
                new Cas(SON_EQUIPE, d -> agendas.annuler(d.rdvAAnnuler(), "Matrice")));
        c.put("CreneauxService.proposes(FiltreCreneaux, int)",
                new Cas(TOUS, d -> creneaux.proposes(new FiltreCreneaux(Modalite.SUR_SITE, null), 3)));
        c.put("CreneauxService.suivants(FiltreCreneaux, Instant, int)", new Cas(TOUS,
                d -> creneaux.suivants(new FiltreCreneaux(Modalite.SUR_SITE, null), horloge.instant(), 2)));
        c.put("CreneauxService.creneauPropose(Instant, UUID, Modalite)", new Cas(TOUS,
                d -> creneaux.creneauPropose(horloge.instant(), null, Modalite.VISIO)));
        c.put("CreneauxService.libresDe(UUID, int)", new Cas(TOUS, d -> creneaux.libresDe(d.amina().id(), 3)));
        c.put("GestionRendezVous.consulter(String)", new Cas(TOUS, d -> gestion.consulter("jeton.inconnu")));
        c.put("GestionRendezVous.deplacer(String, ChoixCreneau)",
                new Cas(TOUS, d -> gestion.deplacer("jeton.inconnu", sansCreneau)));
        c.put("GestionRendezVous.annuler(String)", new Cas(TOUS, d -> gestion.annuler("jeton.inconnu")));
        c.put("GestionRendezVous.cheminPourMoi(UUID)", new Cas(LA_PERSONNE, d -> gestion.cheminPourMoi(d.rdvANoter())));
        c.put("GestionRendezVous.mesRendezVous()", new Cas(BENEFICIAIRES, d -> gestion.mesRendezVous()));
        c.put("GestionRendezVous.monProchainRendezVous()", new Cas(BENEFICIAIRES, d -> gestion.monProchainRendezVous()));
        c.put("OffreService.plagesDe(UUID)", new Cas(SON_EQUIPE, d -> offre.plagesDe(d.amina().id())));
        c.put("OffreService.sitesDe(UUID)", new Cas(SON_EQUIPE, d -> offre.sitesDe(d.amina().id())));
        c.put("OffreService.absencesDe(UUID)", new Cas(SON_EQUIPE, d -> offre.absencesDe(d.amina().id())));
        c.put("OffreService.ajouterPlage(UUID, UUID, DayOfWeek, LocalTime, LocalTime, Set, int)", new Cas(SON_EQUIPE,
                d -> offre.ajouterPlage(d.amina().id(), d.strasbourg(), null, null, null, Set.of(), 60)));
        c.put("OffreService.retirerPlage(UUID)", new Cas(SON_EQUIPE, d -> {
            offre.retirerPlage(d.plageARetirer());
            return null;
        }));
        c.put("OffreService.ajouterAbsence(UUID, LocalDate, LocalDate, String)", new Cas(SON_EQUIPE,
                d -> offre.ajouterAbsence(d.amina().id(), aujourdhui.plusDays(40), aujourdhui.plusDays(39), "Congés")));
        c.put("OffreService.fermeturesDeSites()", new Cas(MANAGERS, d -> offre.fermeturesDeSites()));
        c.put("OffreService.controleHorairesElargis(LocalDate, int)",
                new Cas(MANAGERS, d -> offre.controleHorairesElargis(aujourdhui, 1)));
        c.put("OffreService.fermerSite(UUID, LocalDate, LocalDate, String)", new Cas(MANAGER_DU_SITE,
                d -> offre.fermerSite(d.strasbourg(), aujourdhui.plusDays(40), aujourdhui.plusDays(39), "Travaux")));
        c.put("OffreService.rendezVousAVenirAuSite(UUID)",
                new Cas(MANAGER_DU_SITE, d -> offre.rendezVousAVenirAuSite(d.strasbourg())));
        c.put("OffreService.rendezVousPendant(Fermeture)",
                new Cas(MANAGER_DU_SITE, d -> offre.rendezVousPendant(d.fermeture())));
        c.put("OffreService.retirerFermeture(UUID)", new Cas(MANAGER_DU_SITE, d -> {
            offre.retirerFermeture(d.fermeture().id());
            return null;
        }));
        c.put("ReservationService.reserver(ContexteDemande, ChoixCreneau, Identite, String, OrigineRequete)",
                new Cas(TOUS, d -> reservations.reserver(contexteDemande, sansCreneau, identite, null,
                        OrigineRequete.INCONNUE)));
        c.put("ReservationService.demanderRappel(ContexteDemande, Identite, String, OrigineRequete)",
                new Cas(TOUS, d -> reservations.demanderRappel(contexteDemande, new Identite("Matrice", "Publique",
                        identite.email(), "pas un numéro"), null, OrigineRequete.INCONNUE)));
        c.put("ReservationService.reserverPourUnAppel(ContexteDemande, ChoixCreneau, Identite, String)",
                new Cas(PERSONNEL, d -> reservations.reserverPourUnAppel(contexteDemande, sansCreneau, identite, null)));
        // signature: a document of the tests signed by the person and Amina (the conseillère of their site)
        var signataires = List.of(
                new fr.portailcep.signature.DocumentASigner.Signataire(fr.portailcep.signature.RoleSignataire.BENEFICIAIRE,
                        d0.compte().id(), "Matrice", fr.portailcep.signature.DocumentASigner.EtatSignataire.ATTENDU, null),
                new fr.portailcep.signature.DocumentASigner.Signataire(fr.portailcep.signature.RoleSignataire.CONSEILLER,
                        d0.amina().id(), "Amina", fr.portailcep.signature.DocumentASigner.EtatSignataire.ATTENDU, null));
        var aSigner = documentsDeTest.creer(d0.personne(), signataires).id;
        var test = fr.portailcep.signature.DocumentsASignerDeTest.SORTE;
        var inconnu = UUID.randomUUID();
        c.put("CeremonieSignature.consentement()", new Cas(CONNECTES, d -> ceremonie.consentement()));
        c.put("CeremonieSignature.aUneCle()", new Cas(CONNECTES, d -> ceremonie.aUneCle()));
        c.put("CeremonieSignature.document(String, UUID)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> ceremonie.document(test, aSigner)));
        c.put("CeremonieSignature.maPlace(String, UUID)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> ceremonie.maPlace(test, aSigner)));
        c.put("CeremonieSignature.preuves(String, UUID)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> ceremonie.preuves(test, aSigner)));
        c.put("CeremonieSignature.preparer(String, UUID)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> ceremonie.preparer(test, aSigner)));
        // An intent is only ever its signer's: anyone else signed in is refused by the ceremony (PAS_SIGNATAIRE),
        // proven in CeremonieSignatureIT.
        c.put("CeremonieSignature.signer(UUID, String)", new Cas(CONNECTES, d -> ceremonie.signer(inconnu, "{}")));
        c.put("CeremonieSignature.demanderCode(UUID)", new Cas(CONNECTES, d -> {
            ceremonie.demanderCode(inconnu);
            return null;
        }));
        c.put("CeremonieSignature.signerParCode(UUID, String)",
                new Cas(CONNECTES, d -> ceremonie.signerParCode(inconnu, "000000")));
        c.put("CeremonieSignature.refuser(String, UUID, String)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> ceremonie.refuser(test, aSigner, "")));
        c.put("CeremonieSignature.demanderPapier(String, UUID)",
                new Cas(ELLE_OU_SON_CONSEILLER, d -> ceremonie.demanderPapier(test, aSigner)));
        c.put("CeremonieSignature.copiePapier(String, UUID)",
                new Cas(SON_CONSEILLER, d -> ceremonie.copiePapier(test, aSigner)));
        c.put("CeremonieSignature.deposerScan(String, UUID, String, byte[], Set)", new Cas(SON_CONSEILLER,
                d -> ceremonie.deposerScan(test, aSigner, "scan.pdf", new byte[0], java.util.Set.of())));
        c.put("CeremonieSignature.scans(String, UUID)", new Cas(SON_CONSEILLER, d -> ceremonie.scans(test, aSigner)));
        c.put("CeremonieSignature.preparerAttestation(UUID)",
                new Cas(CONSEILLERS, d -> ceremonie.preparerAttestation(inconnu)));
        // Only the conseiller of a HELD rendez-vous (proven in CeremonieSignatureIT): none here.
        c.put("Enrolements.clesDeLaPersonne(UUID)",
                new Cas(EnumSet.noneOf(Sujet.class), d -> enrolements.clesDeLaPersonne(inconnu)));
        c.put("Enrolements.verifierIdentite(UUID, String, PieceIdentite)", new Cas(EnumSet.noneOf(Sujet.class),
                d -> enrolements.verifierIdentite(inconnu, "x", fr.portailcep.signature.Enrolement.PieceIdentite.PASSEPORT)));

        // mediation
        // A referral of the person, admissible (the correspondant's thread is open; no access to the dossier asked, so
        // the médiateur's reads of DossiersEquipe above stay refused), and another one still to be ruled on: the
        // médiateur's acts are tried on it with values its rules refuse, so that nothing changes.
        var marc = "marc.lefevre";
        var recevable = personnes.enTantQue(marc, () -> {
            var s = mediation.enregistrer(new fr.portailcep.mediation.SaisineRecue(d0.compte().email(),
                    fr.portailcep.mediation.OrigineSaisine.COURRIER, LocalDate.now(horloge), "Matrice"));
            return mediation.statuer(s.id(), true, "Recevable").id();
        });
        var aExaminer = personnes.enTantQue(marc, () -> mediation.enregistrer(new fr.portailcep.mediation.SaisineRecue(
                d0.compte().email(), fr.portailcep.mediation.OrigineSaisine.COURRIER, LocalDate.now(horloge), "Matrice")).id());
        var mediateurSeul = EnumSet.of(Sujet.MEDIATEUR);
        c.put("MediationService.saisir(NouvelleSaisine)", new Cas(BENEFICIAIRES,
                d -> mediation.saisir(new fr.portailcep.mediation.NouvelleSaisine(UUID.randomUUID(), ""))));
        // A réclamation nobody has: its prefilled form is "introuvable" for everyone (ReclamationsService.parId).
        c.put("MediationService.preremplir(UUID)",
                new Cas(EnumSet.noneOf(Sujet.class), d -> mediation.preremplir(UUID.randomUUID())));
        c.put("MediationService.mesSaisines()", new Cas(BENEFICIAIRES, d -> mediation.mesSaisines()));
        c.put("MediationService.maSaisine(UUID)", new Cas(LA_PERSONNE, d -> mediation.maSaisine(recevable)));
        c.put("MediationService.ecrireAuMediateur(UUID, String)",
                new Cas(LA_PERSONNE, d -> mediation.ecrireAuMediateur(recevable, "Matrice")));
        c.put("MediationService.saisines()", new Cas(mediateurSeul, d -> mediation.saisines()));
        c.put("MediationService.saisine(UUID)", new Cas(mediateurSeul, d -> mediation.saisine(recevable)));
        c.put("MediationService.enregistrer(SaisineRecue)", new Cas(mediateurSeul,
                d -> mediation.enregistrer(new fr.portailcep.mediation.SaisineRecue("", null, null, ""))));
        c.put("MediationService.statuer(UUID, boolean, String)",
                new Cas(mediateurSeul, d -> mediation.statuer(aExaminer, true, "")));
        c.put("MediationService.demanderAcces(UUID)", new Cas(mediateurSeul, d -> mediation.demanderAcces(aExaminer)));
        c.put("MediationService.ecrire(UUID, FilSaisine, String)", new Cas(mediateurSeul,
                d -> mediation.ecrire(recevable, fr.portailcep.mediation.FilSaisine.PERSONNE, "")));
        c.put("MediationService.enregistrerIssue(UUID, IssueSaisine, String)",
                new Cas(mediateurSeul, d -> mediation.enregistrerIssue(aExaminer, null, null)));
        c.put("MediationService.clore(UUID)", new Cas(mediateurSeul, d -> mediation.clore(aExaminer)));
        c.put("MediationService.mediations()", new Cas(MANAGERS, d -> mediation.mediations()));
        c.put("MediationService.mediation(UUID)", new Cas(MANAGER_DU_SITE, d -> mediation.mediation(recevable)));
        c.put("MediationService.repondreAuMediateur(UUID, String)",
                new Cas(MANAGER_DU_SITE, d -> mediation.repondreAuMediateur(recevable, "Matrice")));
        // satisfaction: a survey of the person (their closing as parcours publishes it). A one-tap link is its own
        // proof, open to all (a forged one records nothing); the survey is the person's alone; the figures are the
        // managers' (of their sites); a conseiller's own score is theirs.
        var enquete = fr.portailcep.satisfaction.EnquetesDeTest.creer(contexteSatisfaction, d0.personne(), null,
                d0.strasbourg());
        var mois = java.time.YearMonth.now(PARIS);
        c.put("AvisParLien.repondre(String)", new Cas(TOUS, d -> avisParLien.repondre("lien.falsifie")));
        c.put("AvisParLien.lire(String)", new Cas(TOUS, d -> avisParLien.lire("lien.falsifie")));
        c.put("SatisfactionService.monEnquete(UUID)", new Cas(LA_PERSONNE, d -> satisfaction.monEnquete(enquete)));
        c.put("SatisfactionService.monEnqueteOuverte()", new Cas(BENEFICIAIRES, d -> satisfaction.monEnqueteOuverte()));
        c.put("SatisfactionService.repondre(UUID, ReponseAvis)", new Cas(LA_PERSONNE, d -> satisfaction.repondre(enquete,
                new fr.portailcep.satisfaction.ReponseAvis(fr.portailcep.satisfaction.Niveau.PLUTOT_OUI,
                        fr.portailcep.satisfaction.Niveau.TOUT_A_FAIT, null))));
        c.put("SatisfactionService.indicateurs(YearMonth, YearMonth)",
                new Cas(MANAGERS, d -> satisfaction.indicateurs(mois.minusMonths(11), mois)));
        c.put("SatisfactionService.mesScores()", new Cas(CONSEILLERS, d -> satisfaction.mesScores()));
        return c;
    }

    // ------------------------------------------------------------------------------------------------ the data

    private Donnees donnees() throws Exception {
        var strasbourg = personnes.site("Strasbourg");
        var reims = personnes.site("Reims");
        if (comptes.parEmail(new AdresseCourriel("rose.marchal" + Personnes.DOMAINE)).isEmpty()) {
            var rose = comptes.creerProfessionnel(new AdresseCourriel("rose.marchal" + Personnes.DOMAINE),
                    Role.MANAGER, "Rose", "Marchal");
            operateurs.affecter(rose.id(), reims);
        }
        var suffixe = UUID.randomUUID().toString().substring(0, 8);
        var identifiant = "matrice." + suffixe;
        var personne = personnes.nouveauBeneficiaire(identifiant, "Matrice", "Droits");
        var compte = personnes.compte(identifiant);
        var amina = personnes.compte("amina.keita");
        var aujourdhui = LocalDate.now(PARIS);

        // Engaged by Julien (not one of the people trying): Amina sees the person through their site only.
        var objectifEtAction = personnes.enTantQue("julien.weber", () -> {
            parcours.engager(personne, new Engagement(UniteOeuvre.UO1, aujourdhui, true, Eligibilite.CONFIRMEE,
                    "INDIVIDUELLE", null, null, null));
            var objectif = plan.ajouterObjectif(personne, "Faire le point");
            var action = plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null,
                    null, "Lister mes envies", null, aujourdhui.plusDays(10)));
            var fil = messagerie.ecrireA(personne, "Documents", "Voici la fiche.", List.of(new FichierEnvoye(
                    "fiche.pdf", PdfDemo.page("Fiche", List.of("Une ligne.")))));
            var livrable = livrables.rediger(personne, TypeLivrable.ETAT_DES_LIEUX);
            return new UUID[] {objectif.id(), action.id(), fil.id(), livrable.id()};
        });
        var piece = personnes.enTantQue(identifiant, () -> messagerie.ouvrir(objectifEtAction[2])).pieces().getFirst()
                .id();

        // Two rendez-vous with Amina far ahead (one to mark, one to cancel), a call-back, an opening to remove.
        var jour = aujourdhui.plusDays(200 + new java.util.Random().nextInt(100));
        var rdv1 = reprises.rendezVous(amina.id(), strasbourg, personne, null, Modalite.SUR_SITE,
                jour.atTime(10, 0).atZone(PARIS).toInstant(), jour.atTime(11, 0).atZone(PARIS).toInstant(),
                StatutRendezVous.RESERVE, "Matrice", null, horloge.instant());
        var rdv2 = reprises.rendezVous(amina.id(), strasbourg, personne, null, Modalite.SUR_SITE,
                jour.atTime(14, 0).atZone(PARIS).toInstant(), jour.atTime(15, 0).atZone(PARIS).toInstant(),
                StatutRendezVous.RESERVE, "Matrice", null, horloge.instant());
        var demande = echeances.ouvrirOuRetrouver(personne, Territoire.ALSACE_MOSELLE, horloge.instant(),
                CanalDemande.EN_LIGNE, null, null);
        var rappel = echeances.demanderRappel(demande.id(), "0612345678", null);
        var plage = reprises.plage(amina.id(), strasbourg, DayOfWeek.SUNDAY, LocalTime.of(7, 0), LocalTime.of(8, 0),
                Set.of(Modalite.TELEPHONE), 60, aujourdhui.plusDays(300));

        // What only the manager of the site may touch: a closure, a spare site, members of the team.
        var parManager = personnes.enTantQue("nadia.benali", () -> {
            var fermeture = offre.fermerSite(strasbourg, aujourdhui.plusDays(320), aujourdhui.plusDays(321),
                    "Matrice");
            var jetable = sites.creerSite(new FicheSite("Matrice " + suffixe, "1 rue de la Matrice", "67000",
                    "Strasbourg", null, null, null));
            return new Object[] {fermeture, jetable.id()};
        });
        var cibles = new UUID[4];
        for (var i = 0; i < cibles.length; i++) {
            var cible = comptes.creerProfessionnel(new AdresseCourriel("matrice.cible" + i + "." + suffixe
                    + Personnes.DOMAINE), Role.CONSEILLER, "Cible", "Matrice");
            operateurs.affecter(cible.id(), strasbourg);
            cibles[i] = cible.id();
        }
        personnes.faire("nadia.benali", () -> equipe.desactiver(cibles[3], OrigineRequete.INCONNUE));

        var aiguillage = aiguillages.enregistrer(new Reponses(Situation.SALARIE, Employeur.PRIVE, false,
                DejaSuivi.NON, false, TrancheAge.DE_26_A_49, "67000", null, Motif.SE_FORMER,
                OrigineDemarche.INDIVIDUELLE), ModeContact.EN_LIGNE, null).aiguillage();
        var site = operateurs.site(strasbourg).orElseThrow();
        var fiche = new FicheSite(site.nom(), site.adresse(), site.codePostal(), site.commune(), site.telephone(),
                site.acces(), site.accessibilite());
        return new Donnees(identifiant, personne, compte, strasbourg, reims, amina, objectifEtAction[0],
                objectifEtAction[1], objectifEtAction[2], piece, rdv1.id(), rdv2.id(), rappel.id(), plage.id(),
                (Fermeture) parManager[0], (UUID) parManager[1], cibles[0], cibles[1], cibles[2], cibles[3], aiguillage, fiche,
                objectifEtAction[3]);
    }

    private static void ecrire(String partie, String contenu) throws IOException {
        var fichier = Path.of("target", "matrice-des-droits-" + partie + ".md");
        Files.createDirectories(fichier.getParent());
        Files.writeString(fichier, "# Matrice des droits (MatriceDesDroitsIT)\n\n" + contenu);
    }

    @SafeVarargs
    private static Set<Sujet> union(Set<Sujet>... ensembles) {
        var union = EnumSet.noneOf(Sujet.class);
        Arrays.stream(ensembles).forEach(union::addAll);
        return union;
    }
}
