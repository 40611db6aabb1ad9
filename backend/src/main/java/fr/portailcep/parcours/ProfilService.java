package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.ActionAudit;
import fr.portailcep.shared.Saisies;

/**
 * The annexe 2 profile of a person, filled progressively by the conseiller: nothing is required at first contact,
 * and the fields each unit of work requires are shown as missing. The NIR is not asked here.
 */
@Service
public class ProfilService {

    private final ProfilRepository profils;
    private final DossierRepository dossiers;
    private final AccesDossiers acces;
    private final Referentiels referentiels;
    private final Clock horloge;

    ProfilService(ProfilRepository profils, DossierRepository dossiers, AccesDossiers acces, Referentiels referentiels,
            Clock horloge) {
        this.profils = profils;
        this.dossiers = dossiers;
        this.acces = acces;
        this.referentiels = referentiels;
        this.horloge = horloge;
    }

    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public DonneesProfil profil(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_PROFIL);
        return profils.findById(beneficiaireId).map(ProfilBeneficiaire::donnees).orElse(DonneesProfil.VIDE);
    }

    /**
     * Saves the profile. Codes must be those of the reference tables; postcodes have five digits; a birth date is in
     * the past.
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public DonneesProfil enregistrer(UUID beneficiaireId, DonneesProfil donnees) {
        acces.exiger(beneficiaireId, "PROFIL");
        verifier(donnees);
        var profil = profils.findById(beneficiaireId).orElseGet(() -> new ProfilBeneficiaire(beneficiaireId));
        profil.modifier(donnees, acces.moi().id(), LocalDate.now(horloge), horloge.instant());
        return profils.saveAndFlush(profil).donnees();
    }

    /** The fields annexe 2 requires for the person's current (or last) unit of work and that are still empty. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<ChampProfil> manquants(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_PROFIL);
        var uo = dossiers.findByBeneficiaireId(beneficiaireId)
                .flatMap(Dossier::uniteCourante).map(UniteOeuvreEngagee::uo)
                .orElse(UniteOeuvre.UO0);
        var donnees = profils.findById(beneficiaireId).map(ProfilBeneficiaire::donnees).orElse(DonneesProfil.VIDE);
        return ProfilBeneficiaire.manquants(donnees, uo);
    }

    private void verifier(DonneesProfil d) {
        // The texts typed first, every field at once; then the codes (the other rules are the profile's own).
        var saisie = Saisies.verification();
        saisie.ligne("adresseVoie", d.adresseVoie(), DonneesProfil.LONGUEUR_LIBELLE);
        saisie.ligne("adresseCommune", d.adresseCommune(), DonneesProfil.LONGUEUR_COMMUNE);
        saisie.ligne("libelleSecteur", d.libelleSecteur(), DonneesProfil.LONGUEUR_LIBELLE);
        saisie.ligne("libelleProfession", d.libelleProfession(), DonneesProfil.LONGUEUR_LIBELLE);
        saisie.ligne("entrepriseCommune", d.entrepriseCommune(), DonneesProfil.LONGUEUR_COMMUNE);
        saisie.exiger();
        referentiels.exigerValide(Referentiel.STATUT_EMPLOI, vide(d.statutEmploi()));
        referentiels.exigerValide(Referentiel.NIVEAU_FORMATION, vide(d.niveauFormation()));
        referentiels.exigerValide(Referentiel.SECTEUR_NAF, vide(d.secteurNaf()));
        referentiels.exigerValide(Referentiel.TAILLE_ENTREPRISE, vide(d.tailleEntreprise()));
        referentiels.exigerValide(Referentiel.CATEGORIE_SOCIALE, vide(d.categorieSociale()));
    }

    private static String vide(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
