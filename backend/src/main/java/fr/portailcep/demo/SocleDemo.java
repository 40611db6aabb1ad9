package fr.portailcep.demo;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.Operateur;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.Site;

/**
 * The base of the demo: the operator of the Grand Est lot, two sites (Strasbourg is in Alsace-Moselle, with its
 * two extra public holidays; Reims is not), its team, the médiateur and four bénéficiaires.
 * Every demo address ends with {@code @demo.portail-cep.fr}.
 */
@Component
@Profile("demo")
class SocleDemo implements JeuDeDonneesDemo {

    static final String DOMAINE = "@demo.portail-cep.fr";

    private final OperateurService operateurs;
    private final CompteService comptes;

    SocleDemo(OperateurService operateurs, CompteService comptes) {
        this.operateurs = operateurs;
        this.comptes = comptes;
    }

    @Override
    public String nom() {
        return "socle";
    }

    @Override
    public int ordre() {
        return 0;
    }

    @Override
    public void charger() {
        var operateur = operateurs.enregistrer(new Operateur("GE", "Évolution Pro Grand Est", 5, "Grand Est",
                "03 88 00 00 00", "https://www.evolution-pro-grandest.example"));
        var strasbourg = operateurs.ajouterSite(new Site(operateur, "Strasbourg – Centre",
                "12 rue du Vieux-Marché-aux-Vins", "67000", "Strasbourg", "67", "03 88 00 00 01",
                "Tram A et D, arrêt Homme de Fer (3 minutes à pied). Parking Sainte-Aurélie.",
                "Entrée de plain-pied, ascenseur, boucle magnétique à l’accueil, toilettes adaptées."));
        var reims = operateurs.ajouterSite(new Site(operateur, "Reims – Gare",
                "8 boulevard Joffre", "51100", "Reims", "51", "03 26 00 00 02",
                "Gare de Reims à 5 minutes à pied. Tram A et B, arrêt Gare Centre.",
                "Entrée de plain-pied, bureaux au rez-de-chaussée, chiens guides bienvenus."));

        var manager = pro("nadia.benali", Role.MANAGER, "Nadia", "Benali");
        operateurs.affecter(manager, strasbourg.id());
        operateurs.affecter(manager, reims.id());
        operateurs.affecter(pro("julien.weber", Role.CONSEILLER, "Julien", "Weber"), strasbourg.id());
        operateurs.affecter(pro("amina.keita", Role.CONSEILLER, "Amina", "Keita"), strasbourg.id());
        operateurs.affecter(pro("sophie.lambert", Role.CONSEILLER, "Sophie", "Lambert"), reims.id());
        pro("marc.lefevre", Role.MEDIATEUR, "Marc", "Lefèvre");

        beneficiaire("camille.martin", "Camille", "Martin");
        beneficiaire("thomas.petit", "Thomas", "Petit");
        beneficiaire("lea.nguyen", "Léa", "Nguyen");
        beneficiaire("yasmine.diallo", "Yasmine", "Diallo");
    }

    private UUID pro(String identifiant, Role role, String prenom, String nom) {
        return comptes.creerProfessionnel(new AdresseCourriel(identifiant + DOMAINE), role, prenom, nom).id();
    }

    private void beneficiaire(String identifiant, String prenom, String nom) {
        comptes.creerOuRetrouverBeneficiaire(new AdresseCourriel(identifiant + DOMAINE), prenom, nom);
    }
}
