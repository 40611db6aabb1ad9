/**
 * Messagerie : les fils d’échanges entre une personne et son référent (ou l’équipe quand elle n’en a pas encore),
 * contactable « sans préalable formel » (CCTP §2.1.3) ; pièces jointes vérifiées par leur contenu ; statut de
 * lecture ; courriels de notification sans le contenu des messages ; temps d’attente dans la boîte du conseiller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messagerie")
package fr.portailcep.messagerie;
