package fr.portailcep.shared.courriel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.portailcep.shared.TextesDeTest;

class MiseEnPageTest {

    private final MiseEnPage miseEnPage = new MiseEnPage(TextesDeTest.gabarits());

    @Test
    void chaque_courriel_presente_le_mediateur_de_france_competences() {
        var rendu = miseEnPage.rendre(Courriel.a("ines@exemple.fr").sujet("Votre rendez-vous").paragraphe("Bonjour"));
        assertThat(rendu.texte()).contains("médiateur de France compétences").contains("11 rue Scribe");
        assertThat(rendu.html()).contains("médiateur de France compétences").contains("lang=\"fr\"");
    }

    @Test
    void le_texte_de_la_personne_est_echappe_dans_le_html() {
        var rendu = miseEnPage.rendre(Courriel.a("x@exemple.fr").sujet("<b>Sujet</b>")
                .paragraphe("<script>alert(1)</script>").bouton("Voir", "https://exemple.fr/?a=1&b=2"));
        assertThat(rendu.html()).doesNotContain("<script>alert").contains("&lt;script&gt;")
                .contains("https://exemple.fr/?a=1&amp;b=2");
        assertThat(rendu.texte()).contains("Voir : https://exemple.fr/?a=1&b=2");
    }

    @Test
    void un_code_apparait_en_grand_dans_les_deux_versions() {
        var rendu = miseEnPage.rendre(Courriel.a("x@exemple.fr").sujet("Code").code("042917"));
        assertThat(rendu.texte()).contains("042917");
        assertThat(rendu.html()).contains("letter-spacing").contains("042917");
    }

    @Test
    void refuse_un_code_dans_le_sujet() {
        assertThatThrownBy(() -> miseEnPage.rendre(Courriel.a("x@exemple.fr").sujet("Votre code : 042917")
                .code("042917"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(miseEnPage.rendre(Courriel.a("x@exemple.fr").sujet("Votre code de connexion").code("042917"))
                .texte()).contains("042917");
    }
}
