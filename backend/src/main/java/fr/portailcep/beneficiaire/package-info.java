/** La personne accompagnée : son identité et ses coordonnées, complétées au fil du parcours (annexe 2 §1). */
@org.springframework.modulith.ApplicationModule(displayName = "Bénéficiaires")
package fr.portailcep.beneficiaire;
