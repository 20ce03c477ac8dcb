package io.articleflow.ingest.samples;

/** Article-like texts about ASEAN defence cooperation, one per sample format, rich in entities for the extractor. */
final class Articles {

	static final String MARITIME_TITLE = "ASEAN defence ministers agree to expand maritime cooperation";

	static final String MARITIME = """
			ASEAN defence ministers agree to expand maritime cooperation

			Jakarta, 14 March 2024. Defence ministers of the Association of Southeast Asian Nations met in Jakarta \
			on Thursday for the ASEAN Defence Ministers' Meeting and agreed to expand maritime security cooperation \
			in the South China Sea.

			Indonesian Defence Minister Prabowo Subianto chaired the meeting, which was attended by delegations from \
			Vietnam, the Philippines, Malaysia, Singapore and Thailand. The ministers endorsed a plan for joint \
			patrols near the Natuna Islands and reaffirmed their commitment to the United Nations Convention on the \
			Law of the Sea.

			Singapore's Minister for Defence Ng Eng Hen said the ASEAN Our Eyes initiative would share intelligence \
			on terrorism and transnational crime between the member states from June 2024.
			""";

	static final String VIENTIANE_TITLE = "Laos hosts ADMM-Plus experts on humanitarian mine action";

	static final String VIENTIANE = """
			Laos hosts ADMM-Plus experts on humanitarian mine action

			Vientiane, 5 June 2024. “We are committed to clearing every village in Xieng Khouang Province,” said \
			Lieutenant General Chansamone Chanyalath, Minister of National Defence of the Lao People's Democratic \
			Republic, as the ADMM-Plus Experts' Working Group on Humanitarian Mine Action opened in Vientiane.

			The European Union pledged €12 million for unexploded ordnance clearance through the Mines Advisory \
			Group, and Japan's Self-Defense Forces will train Lao army engineers at the café-lined Kaysone \
			Phomvihane Memorial campus — a first for the working group.
			""";

	static final String HANOI_TITLE = "Vietnam and the Philippines sign coast guard memorandum";

	static final String HANOI = """
			Vietnam and the Philippines sign coast guard memorandum

			Hà Nội, 30 January 2024. Vietnamese Prime Minister Phạm Minh Chính and Philippine President Ferdinand \
			Marcos Jr. witnessed the signing of a memorandum of understanding between the Vietnam Coast Guard and \
			the Philippine Coast Guard on incident prevention in the South China Sea.

			Senior Lieutenant General Hoàng Xuân Chiến, Deputy Minister of National Defence, said the agreement \
			builds on the 2002 Declaration on the Conduct of Parties in the South China Sea and on the Đà Nẵng \
			search and rescue exercise held in November 2023.
			""";

	static final String SOLIDARITY_TITLE = "First ASEAN Solidarity Exercise held off the Natuna Islands";

	static final String SOLIDARITY = """
			First ASEAN Solidarity Exercise held off the Natuna Islands

			Batam, 25 September 2023. Navies of the ten ASEAN member states took part in the first ASEAN Solidarity \
			Exercise, code-named ASEX 01-N, in the waters off Batam and the Natuna Islands.

			Indonesian Navy Chief of Staff Admiral Muhammad Ali said the exercise focused on maritime security, \
			humanitarian assistance and disaster relief rather than combat drills. Observers from Timor-Leste \
			attended as the country prepares for full ASEAN membership.
			""";

	static final String ADMM_PLUS_TITLE = "ADMM-Plus adopts concept paper on women, peace and security";

	static final String ADMM_PLUS = """
			ADMM-Plus adopts concept paper on women, peace and security

			Phnom Penh, 23 November 2022. The ADMM-Plus adopted a concept paper on women, peace and security at its \
			ninth meeting in Phnom Penh, chaired by Cambodian Deputy Prime Minister and Minister of National \
			Defence Tea Banh.

			United States Secretary of Defense Lloyd Austin and Chinese Defence Minister Wei Fenghe joined their \
			ASEAN counterparts, and the ministers welcomed the ASEAN Defence Industry Collaboration framework as a \
			way to build regional capacity in peacekeeping.
			""";

	static final String TERRORISM_TITLE = "Our Eyes initiative marks five years of counter-terrorism sharing";

	static final String TERRORISM = """
			Our Eyes initiative marks five years of counter-terrorism sharing

			Manila, 18 February 2023. Defence officials from Indonesia, Malaysia, the Philippines, Singapore, \
			Thailand and Brunei Darussalam marked five years of the Our Eyes initiative at a meeting in Manila.

			Philippine Secretary of National Defense Carlito Galvez Jr. said the network had helped the Armed \
			Forces of the Philippines track militants in the Sulu Sea after the 2017 siege of Marawi, and that the \
			Trilateral Cooperative Arrangement with Indonesia and Malaysia would continue joint air patrols.
			""";

	static final String RELIEF_TITLE = "Typhoon relief tests the ASEAN Militaries Ready Group";

	static final String RELIEF = """
			Typhoon relief tests the ASEAN Militaries Ready Group

			Kuala Lumpur, 12 October 2023. Malaysian Defence Minister Mohamad Hasan said the ASEAN Militaries Ready \
			Group on Humanitarian Assistance and Disaster Relief would deploy within 24 hours of a request from a \
			member state, under the ASEAN Agreement on Disaster Management and Emergency Response.

			The Royal Malaysian Air Force and the Royal Thai Air Force flew relief supplies to Myanmar during the \
			exercise, coordinated by the AHA Centre in Jakarta.
			""";

	static final String CYBER_TITLE = "ASEAN opens cyber defence network in Singapore";

	static final String CYBER = """
			# ASEAN opens cyber defence network in Singapore

			**Singapore, 8 August 2024.** The ASEAN Cyber Defence Network linked the cyber commands of the ten \
			member states for the first time, Singapore's Digital and Intelligence Service announced.

			Brigadier General Lee Yi-Jin said the network, agreed at the [ADMM Retreat](https://admm.asean.org) in \
			Bali, would let defence establishments exchange warnings about attacks on critical infrastructure.

			- Brunei Darussalam and Cambodia will host the first joint exercise.
			- The *ADMM Cybersecurity and Information Centre of Excellence* will train the operators.
			""";

	private Articles() {
	}

}
