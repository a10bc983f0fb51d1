"""Edges of the air gap: files, QR codes, UR and BBQr. They move bytes and never judge them."""
