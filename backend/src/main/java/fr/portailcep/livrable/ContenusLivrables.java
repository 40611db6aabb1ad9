package fr.portailcep.livrable;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A livrable's content as it is kept ({@code version_livrable.contenu}, jsonb): the record its template renders,
 * written by Jackson; its type says which record to read back.
 */
final class ContenusLivrables {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ContenusLivrables() {
    }

    static String ecrire(ContenuLivrable contenu) {
        return JSON.writeValueAsString(contenu);
    }

    static ContenuLivrable lire(TypeLivrable type, String json) {
        return JSON.readValue(json, classe(type));
    }

    static Class<? extends ContenuLivrable> classe(TypeLivrable type) {
        return switch (type) {
            case ETAT_DES_LIEUX -> EtatDesLieux.class;
            case PROJET_PROFESSIONNEL -> ProjetProfessionnel.class;
            case SOUHAIT_DE_CLORE -> SouhaitDeClore.class;
        };
    }

    /** The content must be that of the livrable's type. */
    static void exigerType(TypeLivrable type, ContenuLivrable contenu) {
        if (contenu == null || !classe(type).isInstance(contenu)) {
            throw new LivrableRefuse("livrable.refus.contenu.type");
        }
    }
}
