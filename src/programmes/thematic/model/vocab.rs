//! The training programme's vocabularies (seed 001, topics 2 and 3), with their Latvian labels:
//! what a leader observes in a potential peer, what motivates peers, and the preparation checklist.

use crate::model::word_enum;

word_enum! {
    /// The 8 identification criteria and the 7 extra signs a leader observes (topic 2).
    Sign {
        ActiveParticipation = "active-participation",
        Empathy = "empathy",
        GroupDynamics = "group-dynamics",
        PersonalGrowth = "personal-growth",
        Communication = "communication",
        Responsibility = "responsibility",
        OvercomesDifficulties = "overcomes-difficulties",
        Confidentiality = "confidentiality",
        ClearBoundaries = "clear-boundaries",
        RealisticSelfView = "realistic-self-view",
        AcceptsFeedback = "accepts-feedback",
        PositiveRelations = "positive-relations",
        TimeManagement = "time-management",
        Flexibility = "flexibility",
        ListensAttentively = "listens-attentively",
    }
}

impl Sign {
    /// True for the 8 identification criteria, false for the 7 extra signs.
    pub fn is_criterion(self) -> bool {
        (self as usize) < 8
    }

    pub fn latvian(self) -> &'static str {
        match self {
            Sign::ActiveParticipation => "Aktīva līdzdalība un iniciatīva",
            Sign::Empathy => "Empātijas izrādīšana",
            Sign::GroupDynamics => "Grupas dinamikas pozitīva ietekmēšana",
            Sign::PersonalGrowth => "Personiskā attīstība un izaugsme",
            Sign::Communication => "Komunikācijas prasmes",
            Sign::Responsibility => "Atbildības un uzticamības izrādīšana",
            Sign::OvercomesDifficulties => "Spēja pārvarēt grūtības un iedvesmot",
            Sign::Confidentiality => "Prasme saglabāt konfidencialitāti",
            Sign::ClearBoundaries => "Demonstrē skaidras robežas",
            Sign::RealisticSelfView => "Apzinās savas stiprās puses un grūtības, ir ar reālistisku skatu par sevi",
            Sign::AcceptsFeedback => "Spēj uztvert atgriezenisko saiti",
            Sign::PositiveRelations => "Spēj veidot pozitīvas attiecības ar citiem",
            Sign::TimeManagement => "Demonstrē laika menedžmenta prasmes",
            Sign::Flexibility => "Izrāda elastīgu attieksmi",
            Sign::ListensAttentively => "Spēj uzmanīgi klausīties citos",
        }
    }
}

word_enum! {
    /// The 11 motivations that lead people to become peers (topic 2).
    Motivation {
        PersonalExperience = "personal-experience",
        Altruism = "altruism",
        PersonalGrowth = "personal-growth",
        Community = "community",
        PositiveImpact = "positive-impact",
        SelfRealisation = "self-realisation",
        Learning = "learning",
        Recognition = "recognition",
        MeaningfulWork = "meaningful-work",
        Career = "career",
        Resilience = "resilience",
    }
}

impl Motivation {
    pub fn latvian(self) -> &'static str {
        match self {
            Motivation::PersonalExperience => "Personīgā pieredze un vēlme palīdzēt citiem",
            Motivation::Altruism => "Altruisms un sabiedriskais labums",
            Motivation::PersonalGrowth => "Personīgā izaugsme un attīstība",
            Motivation::Community => "Kopienas piederības sajūta",
            Motivation::PositiveImpact => "Iespēja pozitīvi ietekmēt",
            Motivation::SelfRealisation => "Pašrealizācija un misijas apziņa",
            Motivation::Learning => "Iespēja mācīties un gūt jaunu pieredzi",
            Motivation::Recognition => "Atzinība un novērtējums",
            Motivation::MeaningfulWork => "Piedalīšanās nozīmīgā darbā",
            Motivation::Career => "Iespēja attīstīt karjeru",
            Motivation::Resilience => "Iespēja stiprināt personisko dzīvesspēku",
        }
    }
}

word_enum! {
    /// The preparation checklist of topic 3, ticked with the date it was covered with the peer.
    Preparation {
        Counselling = "counselling",
        Structure = "structure",
        Ethics = "ethics",
        Boundaries = "boundaries",
        StoryStable = "story-stable",
        StoryFeelings = "story-feelings",
        StoryHarm = "story-harm",
        StoryChange = "story-change",
        StoryWayUp = "story-way-up",
        InformLeader = "inform-leader",
    }
}

impl Preparation {
    pub fn latvian(self) -> &'static str {
        match self {
            Preparation::Counselling => "Konsultēšana: kas tā ir un kas tā nav",
            Preparation::Structure => "Konsultācijas struktūra: ievads, diskusija, noslēgums",
            Preparation::Ethics => {
                "Ētikas principi un noteikumi (konfidencialitāte, līdzvērtība, neatkarības veicināšana)"
            }
            Preparation::Boundaries => "Sadarbības robežas (personīgās, kompetences, lietišķās attiecības)",
            Preparation::StoryStable => "Stāsts 1: dzīves situācija ir pietiekami stabila",
            Preparation::StoryFeelings => "Stāsts 2: apraksti savas jūtas un domas grūtajā laikā",
            Preparation::StoryHarm => "Stāsts 3: uzmanies, daloties ar uzvedību, kas nodara pāri",
            Preparation::StoryChange => "Stāsts 4: kā nolēmi mainīt situāciju un kas palīdzēja",
            Preparation::StoryWayUp => "Stāsts 5: vismaz puse stāsta par ceļu atpakaļ un uz augšu, pozitīvas beigas",
            Preparation::InformLeader => "Atbalsta grupas vadītāja informēšana par plānoto konsultāciju",
        }
    }
}
