-- The practice queue leaves out a card whose sibling (same siblingKey) was answered today; it
-- looks the siblings up by (userId, siblingKey).
-- CreateIndex
CREATE INDEX "Card_userId_siblingKey_idx" ON "Card"("userId", "siblingKey");

