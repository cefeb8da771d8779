"""Portuguese, Somali and Roman Urdu questions are told "I answer in English", as Welsh ones are; English questions
full of names and places from those languages, and every English labelled line, stay English."""

from __future__ import annotations

import json

import pytest

from bench.labelled_sets import ADMIN, OURS
from bot.answers import answer_question
from intents.language import looks_foreign
from policy_kb.knowledge import KnowledgeBase

ENGLISH_ONLY = "I can only read questions in English for now"

OTHER_LANGUAGES = [
    # Portuguese, with its "do", "no", "um", "a" and "as", which are English's little words too
    "Posso publicar fotos do dia do desporto no Facebook?", "Posso adicionar um aluno como amigo no Instagram?",
    "O que diz a política sobre as redes sociais?", "Posso seguir os pais no Facebook?",
    "Quem devo contactar se um aluno me enviar uma mensagem?", "Um pai me mandou mensagem no WhatsApp, o que faço?",
    "Posso publicar fotografias da visita de estudo?",
    # Somali
    "Ma saaxiib la noqon karaa arday Facebook?", "Maxay tahay siyaasadda baraha bulshada?",
    "Waalid ayaa fariin ii soo diray, maxaan sameeyaa?", "Ma isticmaali karaa taleefankayga fasalka?",
    # Roman Urdu
    "kya main kisi student ko Instagram par add kar sakti hoon?", "social media policy kya kehti hai?",
    "agar koi bacha mujhe message kare to main kya karun?", "kya mein parents ko WhatsApp par message kar sakta hun?",
    "mujhe school ki photos share karni hain, kya ye theek hai?",
]

# Written to catch the rule out: English staff questions, some terse, full of Somali, Urdu, Portuguese, Welsh and
# Polish names, places and a stray word of each.
ENGLISH_WITH_NAMES = [
    "Can I post photos of Ayaan Abdi and Hodan Warsame from sports day?", "Ayaan Hassan photos Eid party",
    "Hodan's mum added me on Facebook, is that ok?", "Sawda Abdi year 3 instagram",
    "Mrs Farah Mohamed asked if her son Abdi can be in the newsletter photo",
    "Can I accept a friend request from Ubah Ali's dad?", "Maryan Ayaa wants the photos from the trip",
    "Deeqa Yusuf karate club pictures on the school page?", "Can Hamza Khan's mum be in the class WhatsApp group?",
    "Ayesha Siddiqui posted a video of the Mela on TikTok", "Zainab Hussain kya photos from the Diwali assembly",
    "Muhammad Bilal Kar's dad messaged me on WhatsApp", "Sana Tariq Ko Ki year 6 photos",
    "Hira Noor and Kiran Bibi made a TikTok in the playground",
    "Is the Hai family ok with photos, they said no last time",
    "Mr Iqbal from the mosque wants to film the Urdu class", "Joao Pereira's mum sent me a message on Messenger",
    "Can I post pics from our trip to Porto on the school Facebook?", "Tiago Oliveira no photos allowed list?",
    "Ana Beatriz dos Santos has left, can I still follow her on Instagram?",
    "Maria da Silva and Pedro Costa posted photos from São Paulo", "Luís Fernandes do Nascimento year 5 photo consent",
    "Gonçalo Rodrigues da Costa mum wants the video of the nativity", "Pedro's dad da Silva kept messaging me",
    "Can we post the Portuguese class video where they sing Parabéns a você?",
    "Fatima Mendes, Madeira trip, photos on Twitter?",
    "Ahmed Mohamud Warsame iyo family photos from the Somali community day",
    "Ble mae trip photos from Ysgol Pen y Bryn allowed on our page?", "Ola from Gdańsk posted about the Polish club",
    "Aisha Khan, Fatima Begum and Nadia Hussain photos from the hindi and urdu club",
    "Waris Dirie book week display photos",
]


@pytest.mark.parametrize("message", OTHER_LANGUAGES)
def test_portuguese_somali_and_roman_urdu_are_told_english_only(kb: KnowledgeBase, message: str) -> None:
    a = answer_question(message, kb)
    assert a.understanding.clause_id is None
    assert a.text.startswith(ENGLISH_ONLY) and "doesn't cover" not in a.text, a.text


def test_english_full_of_names_from_those_languages_stays_english(kb: KnowledgeBase) -> None:
    told = [m for m in ENGLISH_WITH_NAMES if ENGLISH_ONLY in answer_question(m, kb).full_text]
    assert told == []


def test_no_english_labelled_line_is_taken_for_another_language() -> None:
    lines = [json.loads(line)["q"] for path in (*OURS.values(), ADMIN)
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 7000
    assert [q for q in lines if looks_foreign(q)] == []
