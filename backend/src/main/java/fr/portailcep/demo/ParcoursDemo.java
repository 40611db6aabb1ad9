package fr.portailcep.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.parcours.DonneesProfil;
import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.NatureAction;
import fr.portailcep.parcours.NouvelleAction;
import fr.portailcep.parcours.Organisme;
import fr.portailcep.parcours.OrganismesService;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.ProfilService;
import fr.portailcep.parcours.UniteOeuvre;

/**
 * The parcours of the demo: Thomas Petit in UO1 with Julien Weber; Léa Nguyen in UO2.1 with her référente Amina
 * Keita and a plan d'actions (a bilan de compétences chosen among the organisations of the region, a training
 * funded by her CPF, a PMSMP); Yasmine Diallo in UO2.2 with Sophie Lambert; a few threads of messages, one with a
 * PDF. Camille Martin has no dossier: the booking feature gives her a first rendez-vous. The organisations of the
 * Grand Est region per complementary service are fictional but plausible; the operator's own are flagged.
 */
@Component
@Profile("demo")
class ParcoursDemo implements JeuDeDonneesDemo {

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final ParcoursService parcours;
    private final PlanActionsService plan;
    private final ProfilService profils;
    private final OrganismesService organismes;
    private final MessagerieService messagerie;
    private final Clock horloge;

    ParcoursDemo(CompteService comptes, BeneficiaireService beneficiaires, ParcoursService parcours,
            PlanActionsService plan, ProfilService profils, OrganismesService organismes, MessagerieService messagerie,
            Clock horloge) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.parcours = parcours;
        this.plan = plan;
        this.profils = profils;
        this.organismes = organismes;
        this.messagerie = messagerie;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "parcours";
    }

    @Override
    public int ordre() {
        return 20;
    }

    @Override
    public void charger() {
        var aujourdhui = LocalDate.now(horloge);
        EnTantQue.faire(compte("nadia.benali"), this::organismesDuGrandEst);
        thomas(aujourdhui);
        lea(aujourdhui);
        yasmine(aujourdhui);
    }

    private void thomas(LocalDate aujourdhui) {
        var julien = compte("julien.weber");
        var thomasCompte = compte("thomas.petit");
        var thomas = beneficiaire(thomasCompte);
        EnTantQue.faire(julien, () -> {
            parcours.engager(thomas, new Engagement(UniteOeuvre.UO1, aujourdhui.minusDays(20), true,
                    Eligibilite.CONFIRMEE, "INDIVIDUELLE", "FAIRE_LE_POINT", "CHANGER_METIER", null));
            profils.enregistrer(thomas, new DonneesProfil("M", LocalDate.of(1988, 4, 12), null, null, null,
                    "SALARIE_CDI", "NIVEAU_4", "H", "Transport routier de marchandises", "Chauffeur livreur",
                    "T50_249", "OUVRIER", "67100", "Strasbourg", YearMonth.of(2015, 9), false));
            parcours.noterInteraction(thomas, aujourdhui.minusDays(20), "PRESENTIEL",
                    Set.of("INFORMATION"), "Premier entretien : envie de quitter la conduite (dos fatigué).");
            var objectif = plan.ajouterObjectif(thomas, "Faire le point sur ce que je veux pour la suite");
            plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null,
                    "Lister ce que j’aime et ce que je n’aime plus dans mon travail", null, aujourdhui.plusDays(5)));
            plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null, null,
                    "Me renseigner sur les métiers de la logistique en entrepôt",
                    "Regarder les fiches métiers proposées par votre conseiller.", aujourdhui.minusDays(3)));
        });
        EnTantQue.faire(thomasCompte, () -> messagerie.nouveauFil("Question sur mon CPF",
                "Bonjour Monsieur Weber, comment savoir combien j’ai sur mon compte formation ? Merci.", List.of()));
    }

    private void lea(LocalDate aujourdhui) {
        var amina = compte("amina.keita");
        var leaCompte = compte("lea.nguyen");
        var lea = beneficiaire(leaCompte);
        var ids = new UUID[3];
        EnTantQue.faire(amina, () -> {
            parcours.engager(lea, new Engagement(UniteOeuvre.UO1, aujourdhui.minusDays(110), true,
                    Eligibilite.CONFIRMEE, "ENTOURAGE", "PROJET", "CHANGER_METIER", null));
            parcours.cloreSurLivrableSigne(lea, UniteOeuvre.UO1, aujourdhui.minusDays(60), amina.id());
            parcours.engager(lea, new Engagement(UniteOeuvre.UO2_1, aujourdhui.minusDays(45), true,
                    Eligibilite.CONFIRMEE, "ENTOURAGE", "PROJET", "CHANGER_METIER", null));
            profils.enregistrer(lea, new DonneesProfil("F", LocalDate.of(1993, 11, 3), "4 rue des Orfèvres", "67000",
                    "Strasbourg", "SALARIE_CDI", "NIVEAU_5", "G", "Grande distribution", "Adjointe de rayon",
                    "T250_4999", "EMPLOYE", "67300", "Schiltigheim", YearMonth.of(2017, 3), false));
            parcours.noterInteraction(lea, aujourdhui.minusDays(45), "PRESENTIEL",
                    Set.of("COMPETENCES", "INVESTIGATION_METIERS"), "Engagement de l’UO2.1 ; projet : laboratoire.");
            parcours.noterInteraction(lea, aujourdhui.minusDays(14), "VISIO", Set.of("PARCOURS_FORMATION",
                    "INGENIERIE_FINANCIERE"), "Point formation et financement CPF.");

            var projet = plan.ajouterObjectif(lea, "Vérifier que le métier de technicienne de laboratoire me convient");
            ids[0] = plan.ajouterAction(projet.id(), new NouvelleAction(NatureAction.PRESTATION_COMPLEMENTAIRE,
                    "BILAN_COMPETENCES", null, "Faire un bilan de compétences",
                    "Choisissez librement l’organisme parmi tous ceux de la région.", aujourdhui.plusDays(60))).id();
            ids[1] = plan.ajouterAction(projet.id(), new NouvelleAction(NatureAction.DECOUVERTE_METIER, "PMSMP", null,
                    "Immersion de deux semaines dans un laboratoire d’analyses",
                    "Une période de mise en situation en milieu professionnel (PMSMP) : vous découvrez le métier sur place.",
                    aujourdhui.plusDays(21))).id();
            var formation = plan.ajouterObjectif(lea, "Me former au métier");
            plan.ajouterAction(formation.id(), new NouvelleAction(NatureAction.FORMATION, null, "CPF",
                    "Titre professionnel de technicien(ne) de laboratoire", "Formation de 9 mois, à Strasbourg.",
                    aujourdhui.plusDays(120)));
            ids[2] = plan.ajouterAction(formation.id(), new NouvelleAction(NatureAction.DEMARCHE_PERSONNELLE, null,
                    null, "Consulter mes droits sur moncompteformation.gouv.fr", null, aujourdhui.minusDays(7))).id();
        });
        EnTantQue.faire(leaCompte, () -> {
            var choix = plan.organismesPour(ids[0]).stream().filter(o -> o.nom().startsWith("Centre de bilans"))
                    .findFirst().orElseThrow();
            plan.choisirOrganisme(ids[0], choix.id());
            plan.commencer(ids[1]);
            plan.terminer(ids[2]);
            plan.commenter(ids[2], "J’ai 2 300 € sur mon compte.");
        });
        var fil = EnTantQue.executer(amina, () -> messagerie.ecrireA(lea, "Fiche métier : technicien de laboratoire",
                "Bonjour Léa, voici la fiche métier dont nous avons parlé. Lisez-la avant notre prochain rendez-vous.",
                List.of(new FichierEnvoye("fiche-metier-technicien-laboratoire.pdf", PdfDemo.page(
                        "Fiche métier : technicien(ne) de laboratoire",
                        List.of("Missions : préparer les échantillons, réaliser les analyses, contrôler la qualité.",
                                "Formation : titre professionnel (niveau 5), BTS ou BUT.",
                                "Débouchés en Grand Est : laboratoires médicaux, agroalimentaire, chimie."))))));
        EnTantQue.faire(leaCompte, () -> messagerie.repondre(fil.id(),
                "Merci, je l’ai lue. Le travail en horaires décalés me fait un peu peur.", List.of()));
    }

    private void yasmine(LocalDate aujourdhui) {
        var sophie = compte("sophie.lambert");
        var yasmineCompte = compte("yasmine.diallo");
        var yasmine = beneficiaire(yasmineCompte);
        var ids = new UUID[1];
        EnTantQue.faire(sophie, () -> {
            var debutUo21 = aujourdhui.minusMonths(9);
            parcours.engager(yasmine, new Engagement(UniteOeuvre.UO2_1, debutUo21, true, Eligibilite.CONFIRMEE,
                    "INDIVIDUELLE", "PROJET", "CREER_ENTREPRISE", null));
            parcours.cloreSurLivrableSigne(yasmine, UniteOeuvre.UO2_1, aujourdhui.minusMonths(4), sophie.id());
            parcours.engager(yasmine, new Engagement(UniteOeuvre.UO2_2, aujourdhui.minusMonths(4), true,
                    Eligibilite.CONFIRMEE, "INDIVIDUELLE", "PROJET", "CREER_ENTREPRISE", null));
            profils.enregistrer(yasmine, new DonneesProfil("F", LocalDate.of(1985, 6, 21), "17 rue de Vesle", "51100",
                    "Reims", "SALARIE_CDI", "NIVEAU_3", "I", "Restauration collective", "Cuisinière", "T11_49",
                    "EMPLOYE", "51100", "Reims", YearMonth.of(2012, 1), false));
            parcours.noterInteraction(yasmine, aujourdhui.minusMonths(4), "PRESENTIEL", Set.of("SUIVI", "CREATION"),
                    "Début de l’UO2.2 : création d’une activité de traiteur.");
            var objectif = plan.ajouterObjectif(yasmine, "Ouvrir mon activité de traiteur");
            ids[0] = plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.PRESTATION_COMPLEMENTAIRE,
                    "CREATION_ENTREPRISE", null, "Être accompagnée pour créer mon entreprise", null,
                    aujourdhui.plusDays(30))).id();
            plan.ajouterAction(objectif.id(), new NouvelleAction(NatureAction.FORMATION, null, "PERSONNEL",
                    "Formation hygiène alimentaire en restauration commerciale (HACCP)", "14 heures.",
                    aujourdhui.plusDays(10)));
        });
        EnTantQue.faire(yasmineCompte, () -> {
            var choix = plan.organismesPour(ids[0]).stream().filter(Organisme::propreOperateur).findFirst()
                    .orElseThrow();
            plan.choisirOrganisme(ids[0], choix.id());
            plan.commencer(ids[0]);
        });
        var fil = EnTantQue.executer(yasmineCompte, () -> messagerie.nouveauFil("Mon local",
                "Bonjour Madame Lambert, j’ai trouvé un local à Reims. Pouvons-nous en parler ?", List.of()));
        EnTantQue.faire(sophie, () -> messagerie.repondre(fil.id(),
                "Bonne nouvelle ! Apportez le bail à notre prochain rendez-vous, nous le regarderons ensemble.",
                List.of()));
    }

    private void organismesDuGrandEst() {
        organisme("Évolution Pro Grand Est – Pôle bilans et VAE", "12 rue du Vieux-Marché-aux-Vins", "67000",
                "Strasbourg", "03 88 00 00 10", true, "BILAN_COMPETENCES", "VAE");
        organisme("Évolution Pro Grand Est – Ateliers création", "8 boulevard Joffre", "51100", "Reims",
                "03 26 00 00 12", true, "CREATION_ENTREPRISE");
        organisme("Centre de bilans Alsace Compétences", "25 avenue de la Forêt-Noire", "67000", "Strasbourg",
                "03 88 41 22 30", false, "BILAN_COMPETENCES");
        organisme("Cap Bilan Lorraine", "3 place Carnot", "54000", "Nancy", "03 83 17 45 60", false,
                "BILAN_COMPETENCES", "VAE");
        organisme("Institut messin du bilan professionnel", "14 rue Serpenoise", "57000", "Metz", "03 87 62 18 90",
                false, "BILAN_COMPETENCES");
        organisme("Bilan & Perspectives Champagne", "41 rue de Talleyrand", "51100", "Reims", "03 26 47 30 15",
                false, "BILAN_COMPETENCES", "VAE");
        organisme("Atelier des parcours du Haut-Rhin", "9 rue du Sauvage", "68100", "Mulhouse", "03 89 45 71 02",
                false, "BILAN_COMPETENCES");
        organisme("Relais VAE Ardennes", "12 place Ducale", "08000", "Charleville-Mézières", "03 24 33 90 11",
                false, "VAE");
        organisme("Maison de la création d’entreprise de Strasbourg", "2 rue Brûlée", "67000", "Strasbourg",
                "03 88 22 64 80", false, "CREATION_ENTREPRISE");
        organisme("Entreprendre en Moselle-Est", "18 avenue Saint-Rémy", "57600", "Forbach", "03 87 85 12 40",
                false, "CREATION_ENTREPRISE");
        organisme("Coopérative d’entrepreneurs Vosges Actives", "5 quai des Bons-Enfants", "88000", "Épinal",
                "03 29 31 58 20", false, "CREATION_ENTREPRISE");
        organisme("Boutique de gestion de l’Aube", "30 rue Émile-Zola", "10000", "Troyes", "03 25 73 40 66", false,
                "CREATION_ENTREPRISE");
        organisme("Mobilité solidaire Centre-Alsace", "6 rue des Clefs", "68000", "Colmar", "03 89 20 14 75", false,
                "MOBILITE");
        organisme("Plateforme mobilité de la Meuse", "22 boulevard de la Rochelle", "55000", "Bar-le-Duc",
                "03 29 79 10 34", false, "MOBILITE");
        organisme("Association Trait d’union social", "11 rue de la Division-Leclerc", "67000", "Strasbourg",
                "03 88 32 70 21", false, "SOCIAL");
        organisme("Service de maintien dans l’emploi Grand Est", "7 rue Gambetta", "54000", "Nancy",
                "03 83 35 20 88", false, "SANTE");
    }

    private void organisme(String nom, String adresse, String codePostal, String commune, String telephone,
            boolean propre, String... prestations) {
        organismes.enregistrer(new Organisme(nom, adresse, codePostal, commune, telephone,
                "https://www." + nom.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "") + ".example",
                propre, Set.of(prestations)));
    }

    private Compte compte(String identifiant) {
        return comptes.parEmail(new AdresseCourriel(identifiant + SocleDemo.DOMAINE)).orElseThrow();
    }

    private UUID beneficiaire(Compte compte) {
        return beneficiaires.parCompte(compte.id()).orElseThrow().id();
    }
}
