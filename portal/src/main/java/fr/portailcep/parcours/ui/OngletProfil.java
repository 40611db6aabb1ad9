package fr.portailcep.parcours.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.parcours.ChampProfil;
import fr.portailcep.parcours.DonneesProfil;
import fr.portailcep.parcours.ProfilService;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.ValeurReference;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The annexe 2 profile, filled progressively: nothing is required at first contact; the fields the current unit
 * of work requires and that are still empty are listed. No NIR.
 */
class OngletProfil extends Div {

    private final UUID beneficiaireId;
    private final ProfilService profils;
    private final Referentiels referentiels;
    private final Paragraph manquants = new Paragraph();

    OngletProfil(UUID beneficiaireId, ProfilService profils, Referentiels referentiels) {
        this.beneficiaireId = beneficiaireId;
        this.profils = profils;
        this.referentiels = referentiels;
        addClassName("pc-onglet");
        var d = profils.profil(beneficiaireId);
        var section = new Section(new H2(getTranslation("profil.titre")), new Paragraph(getTranslation("profil.texte")));
        section.addClassName("pc-carte");
        section.setId("profil");
        manquants.setId("champs-manquants");
        manquants.addClassName("pc-avis");
        afficherManquants();

        var sexe = new Select<String>();
        sexe.setLabel(getTranslation("profil.sexe"));
        sexe.setItems("F", "M");
        sexe.setItemLabelGenerator(s -> s == null ? getTranslation("dossier.nonrenseigne") : getTranslation("profil.sexe." + s));
        sexe.setEmptySelectionAllowed(true);
        sexe.setEmptySelectionCaption(getTranslation("dossier.nonrenseigne"));
        sexe.setValue(d.sexe());
        var naissance = fr.portailcep.shared.ui.Dates.selecteur(getTranslation("profil.naissance"));
        naissance.setValue(d.dateNaissance());
        naissance.setId("profil-naissance");
        var voie = texte("profil.voie", d.adresseVoie(), DonneesProfil.LONGUEUR_LIBELLE);
        var codePostal = codePostal("profil.codepostal", d.adresseCodePostal());
        codePostal.setId("profil-code-postal");
        var commune = texte("profil.commune", d.adresseCommune(), DonneesProfil.LONGUEUR_COMMUNE);
        var statut = select(Referentiel.STATUT_EMPLOI, "profil.statut", d.statutEmploi());
        statut.setId("profil-statut");
        var niveau = select(Referentiel.NIVEAU_FORMATION, "profil.niveau", d.niveauFormation());
        var secteur = select(Referentiel.SECTEUR_NAF, "profil.secteur", d.secteurNaf());
        var libelleSecteur = texte("profil.libellesecteur", d.libelleSecteur(), DonneesProfil.LONGUEUR_LIBELLE);
        var profession = texte("profil.profession", d.libelleProfession(), DonneesProfil.LONGUEUR_LIBELLE);
        var taille = select(Referentiel.TAILLE_ENTREPRISE, "profil.taille", d.tailleEntreprise());
        var categorie = select(Referentiel.CATEGORIE_SOCIALE, "profil.categorie", d.categorieSociale());
        var cpEntreprise = codePostal("profil.entreprise.codepostal", d.entrepriseCodePostal());
        var communeEntreprise = texte("profil.entreprise.commune", d.entrepriseCommune(),
                DonneesProfil.LONGUEUR_COMMUNE);
        var entree = new TextField(getTranslation("profil.entree"));
        entree.setHelperText(getTranslation("profil.entree.aide"));
        entree.setManualValidation(true);
        entree.setValue(d.entreeEntreprise() == null ? ""
                : "%02d/%d".formatted(d.entreeEntreprise().getMonthValue(), d.entreeEntreprise().getYear()));
        var handicap = new Select<Boolean>();
        handicap.setLabel(getTranslation("profil.handicap"));
        handicap.setItems(Boolean.TRUE, Boolean.FALSE);
        handicap.setItemLabelGenerator(b -> b == null ? getTranslation("dossier.nonrenseigne")
                : getTranslation(b ? "profil.oui" : "profil.non"));
        handicap.setEmptySelectionAllowed(true);
        handicap.setEmptySelectionCaption(getTranslation("dossier.nonrenseigne"));
        handicap.setValue(d.handicap());

        var champs = new FormLayout(sexe, naissance, statut, voie, codePostal, commune, niveau, secteur,
                libelleSecteur, profession, taille, categorie, cpEntreprise, communeEntreprise, entree, handicap);
        champs.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("64em", 3));
        // Each field under the name of its component in DonneesProfil: the server's refusals land beside it. The
        // month of entry is typed as "MM/AAAA": reading it is a conversion, checked here before it is sent.
        var formulaire = Formulaire.libre()
                .champ("sexe", sexe)
                .champ("dateNaissance", naissance)
                .champ("adresseVoie", voie)
                .champ("adresseCodePostal", codePostal)
                .champ("adresseCommune", commune)
                .champ("statutEmploi", statut)
                .champ("niveauFormation", niveau)
                .champ("secteurNaf", secteur)
                .champ("libelleSecteur", libelleSecteur)
                .champ("libelleProfession", profession)
                .champ("tailleEntreprise", taille)
                .champ("categorieSociale", categorie)
                .champ("entrepriseCodePostal", cpEntreprise)
                .champ("entrepriseCommune", communeEntreprise)
                .champ("entreeEntreprise", entree, b -> b.withValidator(v -> v.isBlank() || mois(v).isPresent(),
                        getTranslation("profil.entree.invalide")))
                .champ("handicap", handicap);
        var enregistrer = new Button(getTranslation("profil.enregistrer"));
        enregistrer.setId("enregistrer-profil");
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(enregistrer, x -> {
            profils.enregistrer(beneficiaireId, new DonneesProfil(sexe.getValue(), naissance.getValue(),
                    voie.getValue(), codePostal.getValue(), commune.getValue(), code(statut), code(niveau),
                    code(secteur), libelleSecteur.getValue(), profession.getValue(), code(taille), code(categorie),
                    cpEntreprise.getValue(), communeEntreprise.getValue(), mois(entree.getValue()).orElse(null),
                    handicap.getValue()));
            Notification.show(getTranslation("profil.ok"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afficherManquants();
        });
        var nir = new Paragraph(getTranslation("profil.nir"));
        nir.addClassName("pc-objet-details");
        section.add(manquants, champs, nir, formulaire.erreurs(), enregistrer);
        add(section);
    }

    /** "03/2017" read as a month, if it is one. */
    private static Optional<YearMonth> mois(String texte) {
        var m = texte.strip();
        if (!m.matches("(0[1-9]|1[0-2])/\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(Integer.parseInt(m.substring(3)), Integer.parseInt(m.substring(0, 2))));
    }
    private void afficherManquants() {
        List<ChampProfil> liste = profils.manquants(beneficiaireId);
        manquants.setText(liste.isEmpty() ? getTranslation("profil.complet")
                : getTranslation("profil.manquants", liste.stream().map(c -> getTranslation("profil.champ." + c.name()))
                        .collect(Collectors.joining(", "))));
    }

    private TextField texte(String cle, String valeur, int max) {
        var champ = new TextField(getTranslation(cle));
        if (max >= DonneesProfil.LONGUEUR_COMMUNE) {
            Saisie.limiter(champ, max);
        } else {
            champ.setMaxLength(max);
        }
        champ.setValue(valeur == null ? "" : valeur);
        return champ;
    }

    private TextField codePostal(String cle, String valeur) {
        var champ = texte(cle, valeur, 5);
        champ.setManualValidation(true);
        champ.setAllowedCharPattern("[0-9]");
        return champ;
    }

    private Select<ValeurReference> select(Referentiel referentiel, String cle, String code) {
        var select = new Select<ValeurReference>();
        select.setLabel(getTranslation(cle));
        select.setItems(referentiels.valeurs(referentiel));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("dossier.nonrenseigne") : v.libelle());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("dossier.nonrenseigne"));
        referentiels.valeur(referentiel, code).ifPresent(select::setValue);
        return select;
    }

    private static String code(Select<ValeurReference> select) {
        return select.getValue() == null ? null : select.getValue().code();
    }
}
